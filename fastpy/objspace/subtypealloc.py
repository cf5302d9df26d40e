"""Instances of builtin types made for a requested class.

A builtin type whose `__new__` receives the class to instantiate (as
CPython's tp_new does: `zip.__new__(Sub, ...)`, `type.__call__` of a
heap subclass) registers its RPython class once, at import time:

    W_UserZip = subclassable(W_Zip)

and its constructor builds every instance through

    new_instance(W_Zip, w_cls, iterators_w, strict)

which is `W_Zip(iterators_w, strict)` when w_cls is the builtin type and,
for a heap subclass, the same representation plus map storage
(`mapdict.make_user_subclass`) typed as w_cls.  The instance is then a
real zip for every builtin operation, and an instance of the user class
for attributes, overridden methods and `type()`.

The constructors themselves are declared with
`typecall.subtype_constructor`, which publishes `__new__` and CPython's
keyword rule for types whose arguments are positional.
"""

from rpython.rlib.objectmodel import specialize

from fastpy.objspace.mapdict import make_user_subclass
from fastpy.objspace.typeobject import W_TypeObject

_USER_CLASSES = {}


def subclassable(cls):
    """Make and register the RPython class of cls's heap-subclass
    instances (import time only); returns it."""
    assert cls not in _USER_CLASSES, cls
    user_cls = make_user_subclass(cls)
    _USER_CLASSES[cls] = user_cls
    return user_cls


@specialize.memo()
def user_class(cls):
    return _USER_CLASSES[cls]


@specialize.arg(0)
def new_instance(cls, w_cls, *args):
    """cls(*args) as an instance of w_cls: the builtin type itself, or a
    heap subclass of it (checked by the caller)."""
    assert isinstance(w_cls, W_TypeObject)
    if w_cls.is_heaptype:
        w_obj = user_class(cls)(*args)
        w_obj.init_map(w_cls)
        return w_obj
    return cls(*args)


def overrides_init(w_cls):
    """Does w_cls's __init__ differ from object's?  (CPython compares
    tp_init with the builtin base's, which is object_init for every type
    made here.)"""
    from fastpy.objspace.typemethods import object_init
    return w_cls.lookup('__init__') is not object_init.w_func
