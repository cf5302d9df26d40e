"""`slice` objects built by BUILD_SLICE; start/stop/step are counted."""

from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount

w_slice_type = W_TypeObject('slice', w_object_type)


class W_SliceObject(W_Counted):
    _attrs_ = ['w_start', 'w_stop', 'w_step']
    _immutable_fields_ = ['w_start', 'w_stop', 'w_step']

    def __init__(self, w_start, w_stop, w_step):
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step
        refcount.incref(w_start)
        refcount.incref(w_stop)
        refcount.incref(w_step)

    def gettype(self):
        return w_slice_type

    def referents(self):
        return [self.w_start, self.w_stop, self.w_step]

    def sp_repr(self):
        from fastpy.objspace.space import repr_u
        return (u'slice(' + repr_u(self.w_start) + u', ' +
                repr_u(self.w_stop) + u', ' + repr_u(self.w_step) + u')')

    def release_children(self):
        refcount.decref(self.w_start)
        refcount.decref(self.w_stop)
        refcount.decref(self.w_step)

    def sp_repr(self):
        from fastpy.objspace import space
        return (u'slice(' + space.repr_u(self.w_start) + u', ' +
                space.repr_u(self.w_stop) + u', ' +
                space.repr_u(self.w_step) + u')')

    def sp_hash(self):
        from fastpy.interpreter.error import oefmt
        from fastpy.objspace import exceptions as exc
        raise oefmt(exc.w_TypeError, "unhashable type: 'slice'")

    def sp_eq(self, w_other):
        from fastpy.objspace import space
        if not isinstance(w_other, W_SliceObject):
            return -1
        return 1 if (space.eq_w(self.w_start, w_other.w_start) and
                     space.eq_w(self.w_stop, w_other.w_stop) and
                     space.eq_w(self.w_step, w_other.w_step)) else 0
