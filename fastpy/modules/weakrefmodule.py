"""The _weakref module: weak references (`ref`, a subclassable type),
proxies, getweakrefcount, getweakrefs, _remove_dead_weakref.

A weak reference holds its referent in an RPython field that is not a
counted slot: `referents()` does not list it, so the heap checker does
not see it and the referent dies when its last counted reference goes.
The referent's WeakrefList (objspace/weaklist.py) lists the weak
references to it, without counting them; the referent's class clears
them when it is released (weaklist.clear_weakrefs from its
release_children) and `clear_list` here runs the callbacks right then,
as CPython's PyObject_ClearWeakRefs: every reference is cleared first,
then the callbacks run in list order, an exception in a callback is
printed as "Exception ignored in: <callback>" and not propagated.

Objects whose class has no `weaklist` field keep their lists in a table
(`state.table`): immortal objects (types, builtin functions, code
objects) and a few counted ones (modules, memoryviews, instances of
user subclasses of str, float, bytes...), whose weak references read as
dead once the referent is released (no callback runs for those).
"""

import weakref

from rpython.rlib import jit
from rpython.rlib.objectmodel import compute_unique_id

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.function import (Arguments, W_Function,
                                         W_BuiltinFunction, W_BoundMethod)
from fastpy.interpreter.gateway import method, getset, interp2app
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import module_type, check_new, check_positional
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.root import W_Counted, W_Root
from fastpy.objspace.mapdict import make_user_subclass
from fastpy.objspace.slots import publish
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace.weaklist import WeakrefList

module = ModuleDef('_weakref', 'Weak-reference support module.')

w_ref_type = module_type('ReferenceType', 'weakref')
w_proxy_type = module_type('ProxyType', 'weakref')
w_callable_proxy_type = module_type('CallableProxyType', 'weakref')


class _Collected(W_Root):
    """Stands for a referent that no longer exists (dead_ref)."""
    _attrs_ = []

dead_ref = weakref.ref(_Collected())


class WeakrefState(object):
    def __init__(self):
        # Lists of the objects without a `weaklist` field, by identity.
        self.table = {}

state = WeakrefState()


# ---------------------------------------------------------------- helpers

def tp_name(w_type):
    """CPython's tp_name: `module.name` for builtin types of modules."""
    if not w_type.is_heaptype:
        w_mod = w_type.dict_w.get('__module__', None)
        if isinstance(w_mod, W_StrObject):
            mod = space.str_to_utf8(w_mod.value)
            if mod != 'builtins':
                return mod + '.' + w_type.name
    return w_type.name


def hex_id(w_obj):
    from fastpy.objspace.protocol import _hex_addr
    return '0x' + _hex_addr(compute_unique_id(w_obj))


def is_released(w_obj):
    if not w_obj.counted:
        return False
    if isinstance(w_obj, W_Counted):
        return w_obj.refcount == refcount.DEAD
    return w_obj.get_refcount() == refcount.DEAD


def _solid_allows(w_type):
    """Instances of heap types get a weak-reference list unless their
    builtin base is variable-sized (int, bytes, tuple)."""
    from fastpy.objspace.intobject import w_int_type
    from fastpy.objspace.bytesobject import w_bytes_type
    from fastpy.objspace.tupleobject import w_tuple_type
    for w_t in w_type.mro_w:
        if not w_t.is_heaptype:
            return not (w_t.is_subtype(w_int_type) or
                        w_t.is_subtype(w_bytes_type) or
                        w_t.is_subtype(w_tuple_type))
    return True


def supports_weakrefs(w_obj):
    if isinstance(w_obj, W_Proxy):
        return False
    if isinstance(w_obj, W_TypeObject):
        return True         # classes, whatever their metaclass
    from fastpy.modules.functoolsmodule import W_Partial
    if isinstance(w_obj, W_Partial):
        return True         # functools.partial and its subclasses
    from fastpy.modules.lrucache import W_LruCacheWrapper
    from fastpy.modules.sreobjects import W_Pattern
    if isinstance(w_obj, W_LruCacheWrapper) or isinstance(w_obj, W_Pattern):
        return True
    if w_obj.is_user:
        w_type = w_obj.gettype()
        return (w_type.lookup('__weakref__') is not None and
                _solid_allows(w_type))
    from fastpy.objspace.setobject import W_SetObject
    from fastpy.objspace.moduleobject import W_Module
    from fastpy.objspace.memoryobject import W_MemoryView
    from fastpy.compiler.code import W_Code
    from fastpy.interpreter.generator import W_GeneratorBase
    return (isinstance(w_obj, W_SetObject) or
            isinstance(w_obj, W_Function) or
            isinstance(w_obj, W_BoundMethod) or
            isinstance(w_obj, W_TypeObject) or
            isinstance(w_obj, W_BuiltinFunction) or
            isinstance(w_obj, W_Module) or
            isinstance(w_obj, W_Code) or
            isinstance(w_obj, W_GeneratorBase) or
            isinstance(w_obj, W_MemoryView))


def check_weakrefable(w_obj):
    if not supports_weakrefs(w_obj):
        raise oefmt(exc.w_TypeError, "cannot create weak reference to "
                    "'%s' object" % tp_name(w_obj.gettype()))


def get_list(w_obj, create):
    lst = w_obj.get_weaklist()
    if lst is not None:
        return lst
    lst = state.table.get(w_obj, None)
    if lst is not None or not create:
        return lst
    lst = WeakrefList()
    if not w_obj.set_weaklist(lst):
        state.table[w_obj] = lst
    return lst


def _drop_list(w_obj):
    if not w_obj.set_weaklist(None):
        if w_obj in state.table:
            del state.table[w_obj]


def _basic_refs(lst):
    """CPython's get_basic_refs: the position after the plain ref and
    the plain proxy at the head of the list, and those two (or None)."""
    refs_w = lst.items()
    w_ref = None
    w_proxy = None
    i = 0
    if len(refs_w) > 0 and refs_w[0].w_callback is None:
        if refs_w[0].is_exact_ref:
            w_ref = refs_w[0]
            i = 1
        if (i < len(refs_w) and refs_w[i].w_callback is None and
                isinstance(refs_w[i], W_Proxy)):
            w_proxy = refs_w[i]
    return w_ref, w_proxy


def _insert_after(lst, w_prev, w_new):
    lst.insert_after(w_prev, w_new)


# ---------------------------------------------------------------- objects

class W_WeakrefBase(W_Counted):
    """A weak reference: the referent is held by an RPython weak
    reference, so neither counting nor the GC sees it (dead_ref once
    cleared); `w_callback` is a counted slot."""
    _attrs_ = ['referent_ref', 'w_callback', 'hash']
    is_exact_ref = False

    def __init__(self, w_referent, w_callback):
        assert w_referent is not None
        self.referent_ref = weakref.ref(w_referent)
        self.w_callback = w_callback
        self.hash = -1
        refcount.incref(w_callback)

    def referent(self):
        """The referent while it lives, else None."""
        w_obj = self.referent_ref()
        if w_obj is not None and is_released(w_obj):
            self.detach()       # released without clearing (no field)
            return None
        return w_obj

    def clear_referent(self):
        self.referent_ref = dead_ref

    def detach(self):
        """Take this reference off its referent's list."""
        w_obj = self.referent_ref()
        if w_obj is None:
            return
        self.referent_ref = dead_ref
        lst = get_list(w_obj, False)
        if lst is None:
            return
        lst.remove(self)
        if lst.length() == 0:
            _drop_list(w_obj)

    def referents(self):
        if self.w_callback is None:
            return []
        return [self.w_callback]

    def release_children(self):
        # weakref_dealloc: off the list, then the callback is dropped.
        self.detach()
        w_callback = self.w_callback
        self.w_callback = None
        refcount.decref(w_callback)


class W_Weakref(W_WeakrefBase):
    _attrs_ = []
    is_exact_ref = True

    def gettype(self):
        return w_ref_type

    def sp_hash(self):
        if self.hash != -1:
            return self.hash
        w_obj = self.referent()
        if w_obj is None:
            raise oefmt(exc.w_TypeError, "weak object has gone away")
        h = space.hash_w(w_obj)
        self.hash = h
        return h

    def sp_eq(self, w_other):
        if not isinstance(w_other, W_WeakrefBase):
            return -1
        w_a = self.referent()
        w_b = w_other.referent()
        if w_a is None or w_b is None:
            return 1 if self is w_other else 0
        return 1 if space.eq_w(w_a, w_b) else 0

    def sp_repr(self):
        w_obj = self.referent()
        if w_obj is None:
            return ('<weakref at %s; dead>' % hex_id(self)).decode('ascii')
        w_name = _lookup_name(w_obj)
        s = "<weakref at %s; to '%s' at %s" % (
            hex_id(self), tp_name(w_obj.gettype()), hex_id(w_obj))
        u = s.decode('utf-8')
        if isinstance(w_name, W_StrObject):
            u = u + u' (' + w_name.value + u')'
        return u + u'>'


W_UserWeakref = make_user_subclass(W_Weakref)
W_UserWeakref.is_exact_ref = False


def _lookup_name(w_obj):
    """getattr(w_obj, '__name__', None) (other errors propagate)."""
    try:
        return space.getattr_w(w_obj, '__name__')
    except OperationError as e:
        if not e.match(exc.w_AttributeError):
            raise
        refcount.discard(e.w_exc)
        return None


class W_Proxy(W_WeakrefBase):
    """weakref.proxy(obj): every operation goes to the referent.  Its
    special methods are the entries of the proxy types' dicts, so it
    takes the object space's generic path (is_user)."""
    _attrs_ = []
    is_user = True

    def gettype(self):
        return w_proxy_type


class W_CallableProxy(W_Proxy):
    _attrs_ = []

    def gettype(self):
        return w_callable_proxy_type


# ---------------------------------------------------------------- creating

def new_ref(w_cls, w_obj, w_callback):
    check_weakrefable(w_obj)
    if w_callback is space.w_None:
        w_callback = None
    exact = w_cls is w_ref_type
    lst = get_list(w_obj, True)
    w_basic, w_proxy = _basic_refs(lst)
    if w_callback is None and exact and w_basic is not None:
        return w_basic
    if exact:
        w_ref = W_Weakref(w_obj, w_callback)
    else:
        w_ref = W_UserWeakref(w_obj, w_callback)
        w_ref.init_map(w_cls)
    if w_callback is None and exact:
        lst.insert_first(w_ref)
    else:
        w_prev = w_proxy if w_proxy is not None else w_basic
        _insert_after(lst, w_prev, w_ref)
    if w_callback is not None:
        _watch_for_cycles(w_obj, lst)
    return w_ref


def new_proxy(w_obj, w_callback):
    from fastpy.modules.builtinfuncs import callable_w
    check_weakrefable(w_obj)
    if w_callback is space.w_None:
        w_callback = None
    lst = get_list(w_obj, True)
    w_basic, w_proxy = _basic_refs(lst)
    if w_callback is None and w_proxy is not None:
        return w_proxy
    if callable_w(w_obj):
        w_new = W_CallableProxy(w_obj, w_callback)
    else:
        w_new = W_Proxy(w_obj, w_callback)
    if w_callback is None:
        w_prev = w_basic
    else:
        w_prev = w_proxy if w_proxy is not None else w_basic
    _insert_after(lst, w_prev, w_new)
    if w_callback is not None:
        _watch_for_cycles(w_obj, lst)
    return w_new


def _watch_for_cycles(w_obj, lst):
    """A callback must run even if counting never releases w_obj (a
    member of a reference cycle): the GC reports the list when it finds
    w_obj unreachable (finalizer.py).  Lists in the table are held by
    it, and the table's objects are immortal or get no callback."""
    from fastpy.objspace import finalizer
    if not lst.queued and w_obj.get_weaklist() is lst:
        lst.queued = True
        finalizer.watch_weakref_list(lst)


def _ref_check_new(w_cls):
    if w_cls is w_ref_type:
        return
    check_new(w_cls, w_ref_type)


def ref_new(w_cls, args_w, kw_names, kw_values_w):
    """ReferenceType.__new__(cls, ob, callback=None): keywords are
    ignored, as CPython's weakref___new__ does."""
    _ref_check_new(w_cls)
    assert isinstance(w_cls, W_TypeObject)
    check_positional('__new__', len(args_w), 1, 2)
    w_callback = args_w[1] if len(args_w) > 1 else None
    return new_ref(w_cls, args_w[0], w_callback)


def _check_init_args(args_w, kw_names):
    if kw_names is not None and len(kw_names) > 0:
        raise oefmt(exc.w_TypeError, "ref() takes no keyword arguments")
    check_positional('__init__', len(args_w), 1, 2)


def ref_call_type(args_w, kw_names, kw_values_w):
    """ref(ob, callback=None): __new__ then __init__'s checks."""
    w_ref = ref_new(w_ref_type, args_w, kw_names, kw_values_w)
    try:
        _check_init_args(args_w, kw_names)
    except OperationError:
        refcount.discard(w_ref)
        raise
    return w_ref


def _install_ref_type():
    from fastpy.objspace.descriptor import W_StaticMethod
    w_new = interp2app('__new__(cls, *args, **kwargs)', ref_new,
                       display='ReferenceType.__new__',
                       w_objclass=w_ref_type)
    w_ref_type.dict_w['__new__'] = W_StaticMethod(w_new, immortal=True)
    w_ref_type.constructor = interp2app('ref(*args, **kwargs)',
                                        ref_call_type)
    w_ref_type.dict_w['__doc__'] = space.w_None

_install_ref_type()


@method(w_ref_type, '__init__(self, *args, **kwargs)', W_WeakrefBase)
def ref_init(w_self, args_w, kw_names, kw_values_w):
    _check_init_args(args_w, kw_names)
    return space.w_None


@method(w_ref_type, '__call__(self, *args, **kwargs)', W_WeakrefBase)
def ref_call(w_self, args_w, kw_names, kw_values_w):
    if kw_names is not None and len(kw_names) > 0:
        raise oefmt(exc.w_TypeError, "weakref() takes no keyword arguments")
    check_positional('weakref', len(args_w), 0, 0)
    w_obj = w_self.referent()
    if w_obj is None:
        return space.w_None
    return w_obj


def _ref_callback(w_self):
    assert isinstance(w_self, W_WeakrefBase)
    if w_self.w_callback is None:
        return space.w_None
    return w_self.w_callback

getset(w_ref_type, '__callback__', _ref_callback)

publish(w_ref_type, ['__repr__', '__hash__', '__eq__', '__ne__', '__lt__',
                     '__le__', '__gt__', '__ge__'])


# ---------------------------------------------------------------- proxies

def unwrap(w_obj):
    """The referent of a proxy (ReferenceError when it is gone); any
    other object as it is."""
    if isinstance(w_obj, W_Proxy):
        w_ref = w_obj.referent()
        if w_ref is None:
            raise oefmt(exc.w_ReferenceError,
                        "weakly-referenced object no longer exists")
        return w_ref
    return w_obj


def _proxy_getattribute(w_self, w_name):
    return space.getattr_w(unwrap(w_self), _name(w_name))


def _proxy_setattr(w_self, w_name, w_value):
    from fastpy.objspace import attribute
    attribute.setattr_w(unwrap(w_self), _name(w_name), w_value)
    return space.w_None


def _proxy_delattr(w_self, w_name):
    from fastpy.objspace import attribute
    attribute.delattr_w(unwrap(w_self), _name(w_name))
    return space.w_None


def _name(w_name):
    if not isinstance(w_name, W_StrObject):
        raise oefmt(exc.w_TypeError, "attribute name must be string, not "
                    "'%s'" % w_name.gettype().name)
    return space.str_to_utf8(w_name.value)


def _proxy_repr(w_self):
    assert isinstance(w_self, W_Proxy)
    w_obj = w_self.referent()
    if w_obj is None:
        w_obj = space.w_None
    return newstr(("<weakproxy at %s to %s at %s>" % (
        hex_id(w_self), tp_name(w_obj.gettype()),
        hex_id(w_obj))).decode('utf-8'))


def _proxy_str(w_self):
    return newstr(space.str_u(unwrap(w_self)))


def _proxy_hash(w_self):
    raise oefmt(exc.w_TypeError, "unhashable type: '%s'" %
                tp_name(w_self.gettype()))


def _proxy_bool(w_self):
    return space.newbool(space.is_true(unwrap(w_self)))


def _proxy_len(w_self):
    return space.newint(space.len_w(unwrap(w_self)))


def _proxy_iter(w_self):
    return space.get_iter(unwrap(w_self))


def _proxy_next(w_self):
    w_obj = unwrap(w_self)
    if not _is_iterator(w_obj):
        raise oefmt(exc.w_TypeError, "Weakref proxy referenced a "
                    "non-iterator '%s' object" % tp_name(w_obj.gettype()))
    w_item = space.next_w(w_obj)
    if w_item is None:
        raise OperationError(exc.W_BaseException(exc.w_StopIteration, []))
    return w_item


def _is_iterator(w_obj):
    if w_obj.is_user:
        return w_obj.gettype().lookup('__next__') is not None
    return (w_obj.sp_is_iterator() or
            w_obj.gettype().lookup('__next__') is not None)


def _proxy_contains(w_self, w_item):
    return space.newbool(space.contains_w(unwrap(w_self), w_item))


def _proxy_getitem(w_self, w_key):
    return space.getitem(unwrap(w_self), w_key)


def _proxy_setitem(w_self, w_key, w_value):
    space.setitem(unwrap(w_self), w_key, w_value)
    return space.w_None


def _proxy_delitem(w_self, w_key):
    space.delitem(unwrap(w_self), w_key)
    return space.w_None


def _call_type(w_type, w_arg):
    from fastpy.interpreter.eval import call_function
    return call_function(w_type, Arguments([w_arg]))


def _proxy_int(w_self):
    from fastpy.objspace.intobject import w_int_type
    return _call_type(w_int_type, unwrap(w_self))


def _proxy_float(w_self):
    from fastpy.objspace.floatobject import w_float_type
    return _call_type(w_float_type, unwrap(w_self))


def _proxy_index(w_self):
    from fastpy.objspace import protocol
    w_obj = unwrap(w_self)
    if space.is_int(w_obj):
        return w_obj
    w_res = protocol.index(w_obj)
    if w_res is None:
        raise oefmt(exc.w_TypeError, "'%s' object cannot be interpreted "
                    "as an integer" % tp_name(w_obj.gettype()))
    return w_res


def _call_method(w_obj, name):
    """w_obj.name() (proxy_bytes, proxy_reversed)."""
    from fastpy.interpreter.eval import call_function
    w_meth = space.getattr_w(w_obj, name)
    refcount.incref(w_meth)
    try:
        return call_function(w_meth, Arguments([]))
    finally:
        refcount.decref(w_meth)


def _proxy_bytes(w_self):
    return _call_method(unwrap(w_self), '__bytes__')


def _proxy_reversed(w_self):
    return _call_method(unwrap(w_self), '__reversed__')


def _proxy_neg(w_self):
    return space.unary_neg(unwrap(w_self))


def _proxy_pos(w_self):
    return space.unary_pos(unwrap(w_self))


def _proxy_invert(w_self):
    return space.unary_invert(unwrap(w_self))


def _proxy_abs(w_self):
    return space.abs_(unwrap(w_self))


def _proxy_divmod(w_self, w_other):
    from fastpy.modules.builtinfuncs import builtin_divmod
    return builtin_divmod(unwrap(w_self), unwrap(w_other))


def _proxy_rdivmod(w_self, w_other):
    from fastpy.modules.builtinfuncs import builtin_divmod
    return builtin_divmod(unwrap(w_other), unwrap(w_self))


def _proxy_call(w_self, args_w, kw_names, kw_values_w):
    from fastpy.interpreter.eval import call_function
    return call_function(unwrap(w_self),
                         Arguments(args_w, kw_names, kw_values_w))


def _make_binary(op, reflected, inplace):
    def impl(w_self, w_other):
        w_a = unwrap(w_self)
        w_b = unwrap(w_other)
        if reflected:
            return space.binary_op(op, w_b, w_a)
        if inplace:
            return space.binary_op(op + space.INPLACE, w_a, w_b)
        return space.binary_op(op, w_a, w_b)
    impl.__name__ = 'proxy_binop_%d_%d_%d' % (op, reflected, inplace)
    return impl


def _make_compare(op):
    def impl(w_self, w_other):
        return space.compare(op, unwrap(w_self), unwrap(w_other))
    impl.__name__ = 'proxy_compare_%d' % op
    return impl


def _install_proxy_type(w_type):
    from fastpy.objspace import protocol

    def add(spec, impl):
        name = spec.split('(', 1)[0]
        w_type.dict_w[name] = interp2app(
            spec, impl, self_cls=W_Proxy,
            display='%s.%s' % (w_type.name, name), nself=1,
            w_objclass=w_type)

    add('__getattribute__(self, name, /)', _proxy_getattribute)
    add('__setattr__(self, name, value, /)', _proxy_setattr)
    add('__delattr__(self, name, /)', _proxy_delattr)
    add('__repr__(self, /)', _proxy_repr)
    add('__str__(self, /)', _proxy_str)
    add('__hash__(self, /)', _proxy_hash)
    add('__bool__(self, /)', _proxy_bool)
    add('__len__(self, /)', _proxy_len)
    add('__iter__(self, /)', _proxy_iter)
    add('__next__(self, /)', _proxy_next)
    add('__contains__(self, key, /)', _proxy_contains)
    add('__getitem__(self, key, /)', _proxy_getitem)
    add('__setitem__(self, key, value, /)', _proxy_setitem)
    add('__delitem__(self, key, /)', _proxy_delitem)
    add('__int__(self, /)', _proxy_int)
    add('__float__(self, /)', _proxy_float)
    add('__index__(self, /)', _proxy_index)
    add('__bytes__(self, /)', _proxy_bytes)
    add('__reversed__(self, /)', _proxy_reversed)
    add('__neg__(self, /)', _proxy_neg)
    add('__pos__(self, /)', _proxy_pos)
    add('__invert__(self, /)', _proxy_invert)
    add('__abs__(self, /)', _proxy_abs)
    add('__divmod__(self, value, /)', _proxy_divmod)
    add('__rdivmod__(self, value, /)', _proxy_rdivmod)
    for op in range(len(protocol.BINARY_NAMES)):
        add('%s(self, value, /)' % protocol.BINARY_NAMES[op],
            _BINARY[op])
        add('%s(self, value, /)' % protocol.REFLECTED_NAMES[op],
            _REFLECTED[op])
        add('%s(self, value, /)' % protocol.INPLACE_NAMES[op],
            _INPLACE[op])
    for op in range(len(protocol.COMPARE_NAMES)):
        add('%s(self, value, /)' % protocol.COMPARE_NAMES[op], _COMPARE[op])
    w_type.dict_w['__doc__'] = space.w_None


def _binaries():
    from fastpy.objspace import protocol
    n = len(protocol.BINARY_NAMES)
    return ([_make_binary(op, False, False) for op in range(n)],
            [_make_binary(op, True, False) for op in range(n)],
            [_make_binary(op, False, True) for op in range(n)],
            [_make_compare(op) for op in range(6)])

_BINARY, _REFLECTED, _INPLACE, _COMPARE = _binaries()
_install_proxy_type(w_proxy_type)
_install_proxy_type(w_callable_proxy_type)
w_callable_proxy_type.dict_w['__call__'] = interp2app(
    '__call__(self, /, *args, **kwargs)', _proxy_call, self_cls=W_Proxy,
    display='CallableProxyType.__call__', nself=1,
    w_objclass=w_callable_proxy_type)


# ---------------------------------------------------------------- clearing

def clear_list(lst):
    """The referent of every reference in lst is being released: clear
    them all, then call the callbacks (PyObject_ClearWeakRefs)."""
    refs_w = lst.take_all()
    if len(refs_w) == 1:
        w_ref = refs_w[0]
        w_callback = w_ref.w_callback
        w_ref.w_callback = None
        w_ref.clear_referent()
        if w_callback is not None:
            if w_ref.refcount > 0:
                _handle_callback(w_ref, w_callback)
            refcount.decref(w_callback)
        return
    pending_w = []        # (ref, callback) pairs, held, like CPython's tuple
    for w_ref in refs_w:
        w_callback = w_ref.w_callback
        w_ref.w_callback = None
        w_ref.clear_referent()
        if w_callback is None:
            continue
        if w_ref.refcount > 0:
            refcount.incref(w_ref)
            pending_w.append(w_ref)
            pending_w.append(w_callback)
        else:
            refcount.decref(w_callback)
    i = 0
    while i < len(pending_w):
        _handle_callback(pending_w[i], pending_w[i + 1])
        i += 2
    # The tuple's release: items from the end.
    i = len(pending_w) - 1
    while i >= 0:
        refcount.decref(pending_w[i])
        i -= 1


def _handle_callback(w_ref, w_callback):
    from fastpy.interpreter.eval import call_function
    try:
        w_res = call_function(w_callback, Arguments([w_ref]))
    except OperationError as e:
        write_unraisable(e, w_callback, 'Exception ignored in: ')
        refcount.discard(e.w_exc)
        return
    refcount.discard(w_res)


def _traceback_from_running_frame(e):
    """An exception raised with no Python frame (`generator ignored
    GeneratorExit`) is reported with the running frame as its traceback,
    as CPython's PyErr_WriteUnraisable does."""
    from fastpy.interpreter.eval import ec
    from fastpy.objspace.exceptions import W_BaseException
    w_exc = e.w_exc
    if not isinstance(w_exc, W_BaseException) or \
            w_exc.w_traceback is not None:
        return
    frame = ec.running_frame()
    if frame is not None:
        e.record_frame(frame, frame.code, frame.last_pc)


def write_unraisable(e, w_obj, prefix):
    """PyErr_WriteUnraisable's text on stderr: the prefix, repr(obj), the
    traceback."""
    from fastpy.modules import outstream
    from fastpy.interpreter.traceback import format_exception
    from fastpy.modules.sysmodule import call_unraisablehook
    _traceback_from_running_frame(e)
    if call_unraisablehook(e, w_obj, prefix):
        return
    try:
        what = space.str_to_utf8(space.repr_u(w_obj))
    except OperationError as e2:
        refcount.discard(e2.w_exc)
        what = '<object repr() failed>'
    outstream.write_stderr('%s%s\n%s' % (prefix, what,
                                         format_exception(e, suggest=False)))


# ---------------------------------------------------------------- functions

@module.function('getweakrefcount(object, /)')
def weakref_getweakrefcount(w_obj):
    lst = get_list(w_obj, False)
    if lst is None:
        return space.newint(0)
    _forget_released(w_obj, lst)
    lst = get_list(w_obj, False)
    if lst is None:
        return space.newint(0)
    return space.newint(lst.length())


@module.function('getweakrefs(object, /)')
def weakref_getweakrefs(w_obj):
    from fastpy.objspace.listobject import W_ListObject
    lst = get_list(w_obj, False)
    items_w = []
    if lst is not None:
        _forget_released(w_obj, lst)
        for w_ref in lst.items():
            items_w.append(w_ref)
    return W_ListObject(items_w)


def _forget_released(w_obj, lst):
    """A counted object without a field that was released keeps its
    list in the table: its references are dead."""
    if is_released(w_obj):
        for w_ref in lst.items():
            w_ref.detach()


@module.function('_remove_dead_weakref(dct, key, /)')
def weakref_remove_dead_weakref(w_dict, w_key):
    from fastpy.objspace.dictobject import W_DictObject
    if not isinstance(w_dict, W_DictObject):
        raise oefmt(exc.w_TypeError, "_remove_dead_weakref() argument 1 "
                    "must be dict, not %s" % w_dict.gettype().name)
    w_value = w_dict.getitem(w_key)
    if w_value is None:
        return space.w_None
    if not isinstance(w_value, W_WeakrefBase):
        raise oefmt(exc.w_TypeError, "not a weakref")
    if w_value.referent() is None:
        w_dict.delitem(w_key)
    return space.w_None


@module.function('proxy(object, callback=None, /)')
def weakref_proxy(w_obj, w_callback):
    return new_proxy(w_obj, w_callback)


@module.initializer
def init_weakref(w_dict):
    # A new run (untranslated tests run many in one process): weak
    # references of earlier runs to immortal objects are forgotten.
    state.table = {}
    w_dict.setitem_str('ref', w_ref_type)
    w_dict.setitem_str('ReferenceType', w_ref_type)
    w_dict.setitem_str('ProxyType', w_proxy_type)
    w_dict.setitem_str('CallableProxyType', w_callable_proxy_type)
