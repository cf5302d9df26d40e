"""Methods of generators, coroutines, async generators and their
awaitables (interpreter/generator.py), and the builtin next().
"""

from fastpy.interpreter.asyncgenhooks import init_hooks
from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, function
from fastpy.interpreter.frameobject import get_frame_object
from fastpy.interpreter import generator as gen
from fastpy.interpreter.generator import (W_GeneratorBase, W_Generator,
    W_Coroutine, W_AsyncGenerator, W_CoroWrapper, W_AsyncGenASend,
    W_AsyncGenAThrow, W_Sendable, stop_iteration)
from fastpy.objspace import space, refcount
from fastpy.objspace import exceptions as exc
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace.slots import SLOT_DOCS
from fastpy.objspace.exceptions import W_BaseException


def _finish(w_self, w_result):
    """send/__next__/throw: a finished delegate's value leaves as
    StopIteration(value)."""
    if w_self.finished():
        raise stop_iteration(w_result)
    return w_result


def make_throw_operr(w_type, w_value):
    """throw(type[, value[, tb]]) / athrow(...): the exception to raise."""
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    has_value = w_value is not None and w_value is not space.w_None
    if isinstance(w_type, W_TypeObject) and \
            w_type.is_subtype(exc.w_BaseException):
        if has_value and space.isinstance_w(w_value, w_type):
            return OperationError(w_value)
        if has_value:
            args_w = [w_value]
        else:
            args_w = []
        # An error while making the instance is what gets thrown in
        # (CPython normalizes the exception inside gen.throw).
        try:
            w_exc = call_function(w_type, Arguments(args_w))
            if not isinstance(w_exc, W_BaseException):
                name = space.type_name(w_exc)
                refcount.discard(w_exc)
                raise oefmt(exc.w_TypeError,
                            "calling %s should have returned an instance of "
                            "BaseException, not %s" %
                            (space.str_to_utf8(space.repr_u(w_type)), name))
        except OperationError as e:
            return e
        return OperationError(w_exc)
    if space.isinstance_w(w_type, exc.w_BaseException):
        if has_value:
            raise oefmt(exc.w_TypeError,
                        "instance exception may not have a separate value")
        return OperationError(w_type)
    raise oefmt(exc.w_TypeError,
                "exceptions must be classes or instances deriving from "
                "BaseException, not %s" % space.type_name(w_type))


def send_impl(w_self, w_value):
    assert isinstance(w_self, W_Sendable)
    if isinstance(w_self, W_GeneratorBase) and w_self.frame is None and \
            not isinstance(w_self, W_Coroutine):
        raise stop_iteration(None)
    return _finish(w_self, w_self.send_ex(w_value, None))


def next_impl(w_self):
    assert isinstance(w_self, W_Sendable)
    if isinstance(w_self, W_Generator) and w_self.frame is None:
        raise stop_iteration(None)
    return _finish(w_self, w_self.send_ex(space.w_None, None))


def throw_operr(w_type, w_value, w_tb, what):
    """throw(type[, value[, tb]]) / athrow(...): the exception to raise,
    with the traceback given, if any, as the one it starts from."""
    from fastpy.objspace.exceptions import W_Traceback
    if w_tb is space.w_None:
        w_tb = None
    if w_tb is not None and not isinstance(w_tb, W_Traceback):
        raise oefmt(exc.w_TypeError,
                    "%s() third argument must be a traceback object" % what)
    operr = make_throw_operr(w_type, w_value)
    if w_tb is not None:
        w_exc = operr.w_exc
        assert isinstance(w_exc, W_BaseException)
        w_exc.set_traceback(w_tb)
    return operr


def throw_impl(w_self, w_type, w_value, w_tb):
    assert isinstance(w_self, W_Sendable)
    operr = throw_operr(w_type, w_value, w_tb, 'throw')
    return _finish(w_self, w_self.send_ex(None, operr))


def close_impl(w_self):
    assert isinstance(w_self, W_Sendable)
    w_self.close()
    return space.w_None


def iter_impl(w_self):
    return w_self


def _fresh(f):
    """A copy of f under another name: the gateway records one wrapper
    per implementation (impl.w_func)."""
    from rpython.tool.sourcetools import func_with_new_name
    return func_with_new_name(f, f.__name__ + '_')


def _register_all():
    pairs = [(gen.w_generator_type, W_Generator, True),
             (gen.w_coroutine_type, W_Coroutine, False),
             (gen.w_coroutine_wrapper_type, W_CoroWrapper, True),
             (gen.w_asend_type, W_AsyncGenASend, True),
             (gen.w_athrow_type, W_AsyncGenAThrow, True)]
    for w_type, cls, with_next in pairs:
        method(w_type, 'send(self, value, /)', cls)(_fresh(send_impl))
        method(w_type, 'throw(self, typ, val=NULL, tb=NULL, /)', cls)(
            _fresh(throw_impl))
        method(w_type, 'close(self, /)', cls)(_fresh(close_impl))
        if with_next:
            method(w_type, '__next__(self, /)', cls,
                   doc=SLOT_DOCS['__next__'])(_fresh(next_impl))
            method(w_type, '__iter__(self, /)', cls,
                   doc=SLOT_DOCS['__iter__'])(_fresh(iter_impl))
    method(gen.w_asend_type, '__await__(self, /)', W_AsyncGenASend)(
        _fresh(iter_impl))
    method(gen.w_athrow_type, '__await__(self, /)', W_AsyncGenAThrow)(
        _fresh(iter_impl))
    method(gen.w_async_generator_type, '__aiter__(self, /)',
           W_AsyncGenerator)(_fresh(iter_impl))

_register_all()


@method(gen.w_coroutine_type, '__await__(self, /)', W_Coroutine)
def coro_await(w_self):
    assert isinstance(w_self, W_Coroutine)
    return W_CoroWrapper(w_self)


@method(gen.w_async_generator_type, '__anext__(self, /)', W_AsyncGenerator)
def agen_anext(w_self):
    assert isinstance(w_self, W_AsyncGenerator)
    init_hooks(w_self)
    return W_AsyncGenASend(w_self, space.w_None)


@method(gen.w_async_generator_type, 'asend(self, value, /)',
        W_AsyncGenerator)
def agen_asend(w_self, w_value):
    assert isinstance(w_self, W_AsyncGenerator)
    init_hooks(w_self)
    return W_AsyncGenASend(w_self, w_value)


@method(gen.w_async_generator_type, 'athrow(self, typ, val=NULL, tb=NULL, /)',
        W_AsyncGenerator)
def agen_athrow(w_self, w_type, w_value, w_tb):
    assert isinstance(w_self, W_AsyncGenerator)
    init_hooks(w_self)
    operr = make_throw_operr(w_type, w_value)
    return W_AsyncGenAThrow(w_self, operr.w_exc)


@method(gen.w_async_generator_type, 'aclose(self, /)', W_AsyncGenerator)
def agen_aclose(w_self):
    assert isinstance(w_self, W_AsyncGenerator)
    init_hooks(w_self)
    return W_AsyncGenAThrow(w_self, None)


# ---------------------------------------------------------------- builtins

@function('next(iterator, default=NULL, /)')
def builtin_next(w_iter, w_default):
    if isinstance(w_iter, W_Generator) or isinstance(w_iter, W_CoroWrapper):
        # A return value travels in the StopIteration.
        if isinstance(w_iter, W_Generator) and w_iter.frame is None:
            w_result = None
        else:
            w_result = w_iter.send_ex(space.w_None, None)
            if not w_iter.finished():
                return w_result
        if w_default is not None:
            refcount.discard(w_result)
            return w_default
        raise stop_iteration(w_result)
    w_item = space.next_w(w_iter)
    if w_item is None:
        if w_default is not None:
            return w_default
        raise stop_iteration(None)
    return w_item


BUILTINS = [builtin_next.w_func]


# ---------------------------------------------------------------- attributes

def _gen(w_obj):
    if not isinstance(w_obj, W_GeneratorBase):
        raise oefmt(exc.w_TypeError, "descriptor requires a generator")
    return w_obj


def _get_name(w_obj):
    gen = _gen(w_obj)
    if gen.w_name is None:
        gen.w_name = space.newtext(gen.gen_name)
    return gen.w_name


def _get_qualname(w_obj):
    gen = _gen(w_obj)
    if gen.w_qualname is None:
        gen.w_qualname = space.newtext(gen.gen_qualname)
    return gen.w_qualname


def _exact_str(w_value):
    """w_value when it is an exact str (uncounted, so it can be kept
    without a reference), else None."""
    from fastpy.objspace.strobject import W_StrObject
    if isinstance(w_value, W_StrObject) and not w_value.is_user:
        return w_value
    return None


def _name_value(w_value, what):
    from fastpy.objspace.strobject import W_StrObject
    # Deleting (w_value None) is refused the same way.
    if not isinstance(w_value, W_StrObject):
        raise oefmt(exc.w_TypeError,
                    "%s must be set to a string object" % what)
    return space.str_to_utf8(w_value.value)


def _set_name(w_obj, w_value):
    gen = _gen(w_obj)
    gen.gen_name = _name_value(w_value, '__name__')
    gen.w_name = _exact_str(w_value)


def _set_qualname(w_obj, w_value):
    gen = _gen(w_obj)
    gen.gen_qualname = _name_value(w_value, '__qualname__')
    gen.w_qualname = _exact_str(w_value)


def _get_running(w_obj):
    return space.newbool(_gen(w_obj).is_running())


def _get_suspended(w_obj):
    return space.newbool(_gen(w_obj).is_suspended())


def _get_code(w_obj):
    return _gen(w_obj).code


def _get_frame(w_obj):
    """The frame object of the generator's frame while it has one (the
    same object each time); its f_back is the resumer's frame while it
    runs, None while suspended."""
    frame = _gen(w_obj).frame
    if frame is None:
        return space.w_None
    return get_frame_object(frame)


def _get_delegate(w_obj):
    w_sub = _gen(w_obj).delegate()
    if w_sub is None:
        return space.w_None
    return w_sub


def _get_none(w_obj):
    return space.w_None


def _register_attributes():
    from fastpy.interpreter.gateway import getset
    for w_type, prefix, delegate in [
            (gen.w_generator_type, 'gi_', 'yieldfrom'),
            (gen.w_coroutine_type, 'cr_', 'await'),
            (gen.w_async_generator_type, 'ag_', 'await')]:
        getset(w_type, '__name__', _get_name, _set_name)
        getset(w_type, '__qualname__', _get_qualname, _set_qualname)
        getset(w_type, prefix + 'running', _get_running)
        getset(w_type, prefix + 'frame', _get_frame)
        getset(w_type, prefix + 'code', _get_code)
        getset(w_type, prefix + delegate, _get_delegate)
        if prefix != 'ag_':
            getset(w_type, prefix + 'suspended', _get_suspended)
    # coroutine origin tracking (sys.set_coroutine_origin_tracking_depth)
    # is not implemented: the depth is always 0.
    getset(gen.w_coroutine_type, 'cr_origin', _get_none)

_register_attributes()
