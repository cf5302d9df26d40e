"""super(): attribute lookup that starts after a class in the MRO of an
object's type.  Zero-argument super() is usually compiled into
`super(__class__, <first argument>)` (compiler/classgen.py); when the
function may unbind or rebind either of them, the call stays `super()`
and the type and object are read from the running frame, as CPython's
super_init_without_args does.

A super object counts its references to the object (and the types are
immortal)."""

from rpython.rlib import jit

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import (method, staticmethod_, getset,
                                        interp2app)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type

w_super_type = W_TypeObject('super', w_object_type)
TYPES = [w_super_type]


class W_Super(W_Counted):
    # Not immutable: super.__init__ may run again on an existing object,
    # as in CPython (subclasses of super call it from their __init__).
    _attrs_ = ['w_starttype', 'w_obj', 'w_objtype']

    def __init__(self, w_starttype, w_obj, w_objtype):
        self.w_starttype = w_starttype    # None: not initialized yet
        self.w_obj = w_obj            # None: unbound super
        self.w_objtype = w_objtype
        refcount.incref(w_obj)

    def gettype(self):
        return w_super_type

    def referents(self):
        if self.w_obj is None:
            return []
        return [self.w_obj]

    def release_children(self):
        w_obj = self.w_obj
        self.w_obj = None
        refcount.decref(w_obj)

    def sp_repr(self):
        return _repr(self).decode('utf-8')

    def set_parts(self, w_starttype, w_obj, w_objtype):
        refcount.incref(w_obj)
        w_old = self.w_obj
        self.w_starttype = w_starttype
        self.w_obj = w_obj
        self.w_objtype = w_objtype
        refcount.decref(w_old)


def _supercheck(w_starttype, w_obj):
    """CPython's supercheck: the type whose MRO is searched.  An object
    whose `__class__` claims a subtype (a proxy) is accepted too."""
    if isinstance(w_obj, W_TypeObject) and w_obj.is_subtype(w_starttype):
        return w_obj
    w_t = w_obj.gettype()
    if w_t.is_subtype(w_starttype):
        return w_t
    from fastpy.objspace import attribute
    w_class = attribute.find_attr(w_obj, '__class__')
    if (isinstance(w_class, W_TypeObject) and w_class is not w_t and
            w_class.is_subtype(w_starttype)):
        return w_class
    refcount.discard(w_class)
    raise oefmt(exc.w_TypeError, "super(type, obj): obj must be an "
                "instance or subtype of type")


def _frame_args():
    """(type, obj) of zero-argument super(): the `__class__` cell and the
    first argument of the running frame; both borrowed."""
    from fastpy.interpreter.eval import ec
    from fastpy.interpreter.function import W_Cell
    frame = ec.running_frame()
    if frame is None:
        raise oefmt(exc.w_RuntimeError, "super(): no current frame")
    code = frame.code
    if code.co_argcount == 0:
        raise oefmt(exc.w_RuntimeError, "super(): no arguments")
    nvars = len(code.co_varnames)
    ncells = len(code.co_cellvars)
    w_obj = frame.load_local(0)
    name0 = code.co_varnames[0]
    for k in range(ncells):
        if code.co_cellvars[k] == name0:
            # the first argument is captured: it lives in its cell
            w_cell = frame.load_local(nvars + k)
            w_obj = None
            if isinstance(w_cell, W_Cell):
                w_obj = w_cell.w_value
            break
    if w_obj is None:
        raise oefmt(exc.w_RuntimeError, "super(): arg[0] deleted")
    slot = -1
    for i in range(len(code.co_freevars)):
        if code.co_freevars[i] == '__class__':
            slot = nvars + ncells + i
            break
    if slot < 0:
        raise oefmt(exc.w_RuntimeError, "super(): __class__ cell not found")
    w_cell = frame.load_local(slot)
    if not isinstance(w_cell, W_Cell):
        raise oefmt(exc.w_RuntimeError, "super(): bad __class__ cell")
    w_type = w_cell.w_value
    if w_type is None:
        raise oefmt(exc.w_RuntimeError, "super(): empty __class__ cell")
    if not isinstance(w_type, W_TypeObject):
        raise oefmt(exc.w_RuntimeError, "super(): __class__ is not a type "
                    "(%s)" % w_type.gettype().name)
    return w_type, w_obj


def _check_type(w_type):
    if not isinstance(w_type, W_TypeObject):
        raise oefmt(exc.w_TypeError, "super() argument 1 must be a type, "
                    "not %s" % w_type.gettype().name)
    return w_type


def _super_call(args_w):
    """super(type, obj): the call of the exact type makes the object
    whole at once."""
    from fastpy.objspace import space
    n = len(args_w)
    if n > 2:
        raise oefmt(exc.w_TypeError, "super() expected at most 2 arguments, "
                    "got %d" % n)
    if n == 0:
        w_type, w_obj = _frame_args()
    else:
        w_type = _check_type(args_w[0])
        w_obj = args_w[1] if n == 2 else None
    if w_obj is None or w_obj is space.w_None:
        return W_Super(w_type, None, None)
    return W_Super(w_type, w_obj, _supercheck(w_type, w_obj))

w_super_type.constructor = interp2app('super(*args)', _super_call)


# As in CPython, super.__new__ makes an empty object and __init__ fills
# it, so that subclasses of super can extend either.

@staticmethod_(w_super_type, '__new__(cls, *args, **kwargs)')
def super_new(w_cls, args_w, kw_names, kw_values_w):
    from fastpy.interpreter.typecall import heap_subclass
    w_sub = heap_subclass(w_super_type, w_cls)
    if w_sub is None:
        return W_Super(None, None, None)
    from fastpy.objspace.userobjects import allocate
    return allocate(w_sub)


@method(w_super_type, '__init__(self, type=NULL, obj=NULL, /)', W_Super)
def super_init(w_super, w_type, w_obj):
    from fastpy.objspace import space
    if w_type is None:
        w_type, w_obj = _frame_args()
    else:
        w_type = _check_type(w_type)
    if w_obj is None or w_obj is space.w_None:
        w_super.set_parts(w_type, None, None)
    else:
        w_super.set_parts(w_type, w_obj, _supercheck(w_type, w_obj))
    return space.w_None


@method(w_super_type, '__get__(self, instance, owner=None, /)', W_Super)
def super_get(w_super, w_obj, w_owner):
    """Binding an unbound super stored as a class attribute."""
    from fastpy.objspace import space
    if w_obj is space.w_None or w_super.w_obj is not None:
        return w_super
    w_starttype = w_super.w_starttype
    if w_starttype is None:
        raise oefmt(exc.w_RuntimeError, "super(): no arguments")
    w_t = w_super.gettype()
    if w_t is not w_super_type:
        # a subclass of super: type(self)(starttype, obj)
        from fastpy.interpreter.eval import call_function
        from fastpy.interpreter.function import Arguments
        return call_function(w_t, Arguments([w_starttype, w_obj]))
    return W_Super(w_starttype, w_obj, _supercheck(w_starttype, w_obj))


@jit.elidable
def _find_after(w_objtype, version, w_starttype, name):
    mro_w = w_objtype.mro_w
    n = len(mro_w)
    i = 0
    while i < n:
        if mro_w[i] is w_starttype:
            break
        i += 1
    i += 1
    while i < n:
        w_value = mro_w[i].dict_w.get(name, None)
        if w_value is not None:
            return w_value
        i += 1
    return None


def super_getattr(w_super, name):
    """The attribute found after w_starttype, bound to the object; None
    when the search fails (the caller then looks at the super object
    itself)."""
    from fastpy.objspace.attribute import descr_get
    w_objtype = w_super.w_objtype
    if w_objtype is None or name == '__class__':
        return None
    w_objtype = jit.promote(w_objtype)
    w_value = _find_after(w_objtype, jit.promote(w_objtype.version),
                          jit.promote(w_super.w_starttype), name)
    if w_value is None:
        return None
    w_obj = w_super.w_obj
    if w_obj is w_objtype:
        w_obj = None
    return descr_get(w_value, w_obj, w_objtype)


@method(w_super_type, '__getattribute__(self, name, /)', W_Super)
def super_getattribute(w_super, w_name):
    from fastpy.objspace import attribute
    name = attribute._name_w(w_name)
    w_value = super_getattr(w_super, name)
    if w_value is not None:
        return w_value
    w_value = attribute.generic_getattr(w_super, name, w_super_type)
    if w_value is None:
        raise attribute.attribute_error(w_super, name)
    return w_value


def _repr(w_super):
    w_starttype = w_super.w_starttype
    name = 'NULL' if w_starttype is None else w_starttype.name
    if w_super.w_objtype is None:
        return "<super: <class '%s'>, NULL>" % name
    return "<super: <class '%s'>, <%s object>>" % (name,
                                                   w_super.w_objtype.name)


@method(w_super_type, '__repr__(self, /)', W_Super)
def super_repr(w_super):
    from fastpy.objspace import space
    return space.newtext(_repr(w_super))


def _get_thisclass(w_super):
    assert isinstance(w_super, W_Super)
    if w_super.w_starttype is None:
        from fastpy.objspace import space
        return space.w_None
    return w_super.w_starttype


def _get_self(w_super):
    assert isinstance(w_super, W_Super)
    if w_super.w_obj is None:
        from fastpy.objspace import space
        return space.w_None
    return w_super.w_obj


def _get_self_class(w_super):
    assert isinstance(w_super, W_Super)
    if w_super.w_objtype is None:
        from fastpy.objspace import space
        return space.w_None
    return w_super.w_objtype

getset(w_super_type, '__thisclass__', _get_thisclass)
getset(w_super_type, '__self__', _get_self)
getset(w_super_type, '__self_class__', _get_self_class)
