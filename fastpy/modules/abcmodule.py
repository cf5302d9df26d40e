"""The _abc module: the state behind abc.ABCMeta (the registry and the
caches of `isinstance`/`issubclass` answers), with CPython 3.11's
functions (Modules/_abc.c), so that abc.py uses it instead of _py_abc.

The functions are Python (APP_SOURCE, run in the module's dict when the
module is made): each class keeps an `_abc_data` object in its
`_abc_impl` attribute holding weak sets of classes.  What Python code
cannot do lives in RPython below: the collection flags of a class
(W_TypeObject.abc_flags, read by pattern matching, interpreter/
matchrt.py).  `_abc_init` takes them from the `__abc_tpflags__` entry of
the class dict (then removed), and `_abc_register` gives the flag of an
abstract Sequence or Mapping to the registered class (not to builtin
types: their flags are fixed).
"""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter import matchrt
from fastpy.modules.moduledef import ModuleDef
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount, space
from fastpy.objspace.intobject import W_IntObject, w_int_type
from fastpy.objspace.typeobject import W_TypeObject

# CPython's flag bits, as `__abc_tpflags__` gives them
TPFLAGS_SEQUENCE = 1 << 5
TPFLAGS_MAPPING = 1 << 6

module = ModuleDef('_abc', 'Module contains faster C implementation of '
                   'abc.ABCMeta')


@module.function('_init_tpflags(cls, /)')
def abc_init_tpflags(w_cls):
    """The collection flags named by the class's own `__abc_tpflags__`,
    which is then removed from the class dict."""
    if not isinstance(w_cls, W_TypeObject):
        return space.w_None
    w_flags = w_cls.dict_w.get('__abc_tpflags__', None)
    if w_flags is None:
        return space.w_None
    if isinstance(w_flags, W_IntObject) and w_flags.gettype() is w_int_type:
        val = w_flags.intval
        both = TPFLAGS_SEQUENCE | TPFLAGS_MAPPING
        if val & both == both:
            raise oefmt(exc.w_TypeError, "__abc_tpflags__ cannot be both "
                        "Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING")
        flags = 0
        if val & TPFLAGS_SEQUENCE:
            flags = matchrt.FLAG_SEQUENCE
        elif val & TPFLAGS_MAPPING:
            flags = matchrt.FLAG_MAPPING
        if flags != 0:
            w_cls.abc_flags = flags
    w_cls.deldictvalue('__abc_tpflags__')
    return space.w_None


@module.function('_register_tpflags(cls, subclass, /)')
def abc_register_tpflags(w_cls, w_sub):
    """The registered class takes the collection flag of the abstract
    class (its subclasses see it along their MRO)."""
    if not isinstance(w_cls, W_TypeObject) or \
            not isinstance(w_sub, W_TypeObject) or not w_sub.is_heaptype:
        return space.w_None
    flag = matchrt.type_flags(w_cls) & (matchrt.FLAG_SEQUENCE |
                                        matchrt.FLAG_MAPPING)
    if flag != 0 and w_sub.abc_flags != flag:
        w_sub.abc_flags = flag
        w_sub.mutated()
    return space.w_None


APP_SOURCE = '''
from _weakrefset import WeakSet


class _abc_data:
    """Internal state held by ABC machinery."""
    __slots__ = ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                 '_abc_negative_cache_version')

    def __init__(self):
        self._abc_registry = WeakSet()
        self._abc_cache = WeakSet()
        self._abc_negative_cache = WeakSet()
        self._abc_negative_cache_version = _counter[0]


_counter = [0]


def get_cache_token():
    """Returns the current ABC cache token.

    The token is an opaque object (supporting equality testing) identifying
    the current version of the ABC cache for virtual subclasses. The token
    changes with every call to register() on any ABC."""
    return _counter[0]


def _get_impl(cls):
    impl = cls._abc_impl
    if type(impl) is not _abc_data:
        raise TypeError("_abc_impl is set to a wrong type")
    return impl


def _abc_init(cls):
    """Internal ABC helper for class set-up. Should be never used outside abc module."""
    abstracts = set()
    ns = cls.__dict__
    for name in list(ns.keys()):
        if getattr(ns[name], "__isabstractmethod__", False):
            abstracts.add(name)
    bases = cls.__bases__
    if type(bases) is not tuple:
        raise TypeError("__bases__ is not tuple")
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            try:
                value = getattr(cls, name)
            except AttributeError:
                continue
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    _init_tpflags(cls)
    cls._abc_impl = _abc_data()


def _abc_register(cls, subclass):
    """Internal ABC helper for subclasss registration. Should be never used outside abc module."""
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    _get_impl(cls)._abc_registry.add(subclass)
    _counter[0] += 1
    _register_tpflags(cls, subclass)
    return subclass


def _abc_instancecheck(cls, instance):
    """Internal ABC helper for instance checks. Should be never used outside abc module."""
    impl = _get_impl(cls)
    subclass = instance.__class__
    if subclass in impl._abc_cache:
        return True
    subtype = type(instance)
    if subtype is subclass:
        if (impl._abc_negative_cache_version == _counter[0] and
                subclass in impl._abc_negative_cache):
            return False
        return cls.__subclasscheck__(subclass)
    return (cls.__subclasscheck__(subclass) or
            cls.__subclasscheck__(subtype))


def _abc_subclasscheck(cls, subclass):
    """Internal ABC helper for subclasss checks. Should be never used outside abc module."""
    if not isinstance(subclass, type):
        raise TypeError("issubclass() arg 1 must be a class")
    impl = _get_impl(cls)
    if subclass in impl._abc_cache:
        return True
    if impl._abc_negative_cache_version < _counter[0]:
        impl._abc_negative_cache.clear()
        impl._abc_negative_cache_version = _counter[0]
    elif subclass in impl._abc_negative_cache:
        return False
    ok = cls.__subclasshook__(subclass)
    if ok is True:
        impl._abc_cache.add(subclass)
        return True
    if ok is False:
        impl._abc_negative_cache.add(subclass)
        return False
    if ok is not NotImplemented:
        raise AssertionError("__subclasshook__ must return either False, "
                             "True, or NotImplemented")
    if cls in getattr(subclass, "__mro__", ()):
        impl._abc_cache.add(subclass)
        return True
    for rcls in list(impl._abc_registry):
        if issubclass(subclass, rcls):
            impl._abc_cache.add(subclass)
            return True
    subclasses = cls.__subclasses__()
    if type(subclasses) is not list:
        raise TypeError("__subclasses__() must return a list")
    for scls in subclasses:
        if issubclass(subclass, scls):
            impl._abc_cache.add(subclass)
            return True
    impl._abc_negative_cache.add(subclass)
    return False


def _get_dump(cls):
    """Internal ABC helper for cache and registry debugging.

    Return shallow copies of registry, of both caches, and
    negative cache version. Don't call this function directly,
    instead use ABC._dump_registry() for a nice repr."""
    impl = _get_impl(cls)
    return (set(impl._abc_registry.data), set(impl._abc_cache.data),
            set(impl._abc_negative_cache.data),
            impl._abc_negative_cache_version)


def _reset_registry(cls):
    """Internal ABC helper to reset registry of a given class.

    Should be only used by refleak.py"""
    _get_impl(cls)._abc_registry.clear()


def _reset_caches(cls):
    """Internal ABC helper to reset both caches of a given class.

    Should be only used by refleak.py"""
    impl = _get_impl(cls)
    impl._abc_cache.clear()
    impl._abc_negative_cache.clear()
'''


@module.initializer
def init_abc(w_dict):
    from fastpy.interpreter import importing
    from fastpy.interpreter.eval import ec, execute_frame
    from fastpy.interpreter.frame import Frame
    w_dict.setitem_str('__builtins__', ec.w_builtins)
    code = importing.compile_file(APP_SOURCE, '<frozen _abc>')
    refcount.discard(execute_frame(Frame(code, w_dict)))
