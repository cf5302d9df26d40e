"""BaseExceptionGroup's methods derive(), split() and subgroup(), as
CPython 3.11 has them (Objects/exceptions.c).  The splitting itself is
excrt.split_group, which except* uses too; both call a subclass's
derive() override."""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method
from fastpy.objspace import space, refcount
from fastpy.objspace import exceptions as exc
from fastpy.objspace.exceptions import W_ExceptionGroup
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.typeobject import W_TypeObject


@method(exc.w_BaseExceptionGroup, 'derive(self, excs, /)', W_ExceptionGroup)
def group_derive(w_self, w_excs):
    from fastpy.objspace.excinstances import new_exception_group
    return new_exception_group(exc.w_BaseExceptionGroup,
                               [w_self.w_message, w_excs])


def _check_condition(w_cond):
    """CPython's get_matcher_type."""
    if isinstance(w_cond, W_TypeObject):
        if w_cond.is_subtype(exc.w_BaseException):
            return
    elif isinstance(w_cond, W_TupleObject):
        all_types = True
        for w_t in w_cond.items_w:
            if not (isinstance(w_t, W_TypeObject) and
                    w_t.is_subtype(exc.w_BaseException)):
                all_types = False
        if all_types:
            return
    else:
        from fastpy.modules.builtinfuncs import callable_w
        if callable_w(w_cond):
            return
    raise oefmt(exc.w_TypeError, "expected a function, exception type or "
                "tuple of exception types")


def _or_none(w_obj):
    if w_obj is None:
        return space.w_None
    return w_obj


@method(exc.w_BaseExceptionGroup, 'split(self, matcher_value, /)',
        W_ExceptionGroup)
def group_split(w_self, w_cond):
    from fastpy.interpreter.excrt import split_group
    _check_condition(w_cond)
    w_match, w_rest = split_group(w_self, w_cond, True)
    w_result = newtuple([_or_none(w_match), _or_none(w_rest)])
    refcount.discard(w_match)
    refcount.discard(w_rest)
    return w_result


@method(exc.w_BaseExceptionGroup, 'subgroup(self, matcher_value, /)',
        W_ExceptionGroup)
def group_subgroup(w_self, w_cond):
    from fastpy.interpreter.excrt import split_group
    _check_condition(w_cond)
    w_match, _ = split_group(w_self, w_cond, False)
    return _or_none(w_match)
