"""The builtins aiter() and anext(), and the awaitable anext() returns
when it is given a default (CPython's `anext_awaitable`).

aiter(x) is `type(x).__aiter__(x)`, checked to have `__anext__`.
anext(it) is `type(it).__anext__(it)`.  anext(it, default) wraps that
awaitable: driven by `await` (or by hand through send/throw/close and
__next__), it forwards to the iterator the awaitable's `__await__`
gives, and turns the StopAsyncIteration that ends the async iterator
into StopIteration(default), the value of the `await`.
"""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import function, method
from fastpy.objspace import exceptions as exc
from fastpy.objspace import protocol
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.interpreter.generator import (W_Sendable, call_method_stop,
                                          stop_state)
from fastpy.objspace.typeobject import W_TypeObject, w_object_type


w_anext_awaitable_type = W_TypeObject('anext_awaitable', w_object_type)


@function('aiter(async_iterable, /)',
          doc="Return an AsyncIterator for an AsyncIterable object.")
def builtin_aiter(w_obj):
    w_it = protocol.call_special(w_obj, '__aiter__', [])
    if w_it is None:
        raise oefmt(exc.w_TypeError, "'%s' object is not an async iterable"
                    % space.type_name(w_obj))
    if protocol.lookup(w_it, '__anext__') is None:
        name = space.type_name(w_it)
        refcount.discard(w_it)
        raise oefmt(exc.w_TypeError, "aiter() returned not an async "
                    "iterator of type '%s'" % name)
    return w_it


@function('anext(aiterator, default=NULL, /)',
          doc="async anext(aiterator[, default])\n\nReturn the next item "
          "from the async iterator.  If default is given and the async\n"
          "iterator is exhausted, it is returned instead of raising "
          "StopAsyncIteration.")
def builtin_anext(w_aiter, w_default):
    if protocol.lookup(w_aiter, '__anext__') is None:
        raise oefmt(exc.w_TypeError, "'%s' object is not an async iterator"
                    % space.type_name(w_aiter))
    w_awaitable = protocol.call_special(w_aiter, '__anext__', [])
    if w_default is None:
        return w_awaitable
    w_res = W_ANextAwaitable(w_awaitable, w_default)
    refcount.discard(w_awaitable)
    return w_res


class W_ANextAwaitable(W_Sendable):
    """A W_Sendable, so that `await` delegates to it as to a coroutine's
    awaitable (generator.get_awaitable)."""
    _attrs_ = ['w_wrapped', 'w_default', 'done']

    def __init__(self, w_wrapped, w_default):
        self.w_wrapped = w_wrapped
        self.w_default = w_default
        self.done = False
        refcount.incref(w_wrapped)
        refcount.incref(w_default)

    def gettype(self):
        return w_anext_awaitable_type

    def referents(self):
        return [w for w in [self.w_wrapped, self.w_default] if w is not None]

    def release_children(self):
        w_wrapped, w_default = self.w_wrapped, self.w_default
        self.w_wrapped = self.w_default = None
        refcount.decref(w_wrapped)
        refcount.decref(w_default)

    def await_iter(self):
        """The iterator the wrapped awaitable's __await__ gives (a
        temporary).  Asked again at every step, as CPython does."""
        w_wrapped = self.w_wrapped
        if w_wrapped is None:
            raise oefmt(exc.w_RuntimeError, "anext_awaitable is released")
        w_it = protocol.call_special(w_wrapped, '__await__', [])
        if w_it is None:
            raise oefmt(exc.w_TypeError, "'%s' object can't be awaited" %
                        space.type_name(w_wrapped))
        if protocol.lookup(w_it, '__next__') is None:
            name = space.type_name(w_it)
            refcount.discard(w_it)
            raise oefmt(exc.w_TypeError, "__await__() returned non-iterator "
                        "of type '%s'" % name)
        return w_it

    def send_ex(self, w_arg, operr):
        """One step of the wrapped awaitable: what it yields, or (with
        finished() true) the value the await gives: its own result, or
        the default when the async iterator is exhausted."""
        self.done = False
        w_it = self.await_iter()
        try:
            if isinstance(w_it, W_Sendable):
                w_res = w_it.send_ex(w_arg, operr)
                self.done = w_it.finished()
                return w_res
            if operr is not None:
                w_res = call_method_stop(w_it, 'throw', [operr.w_exc])
            elif w_arg is None or w_arg is space.w_None:
                w_res = call_method_stop(w_it, '__next__', [])
            else:
                w_res = call_method_stop(w_it, 'send', [w_arg])
            self.done = stop_state.done
            return w_res
        except OperationError as e:
            if not e.match(exc.w_StopAsyncIteration):
                raise
            refcount.discard(e.w_exc)
            self.done = True
            return self.w_default
        finally:
            refcount.discard(w_it)

    def finished(self):
        return self.done

    def is_awaitable(self):
        return True

    def sp_iter(self):
        return self

    def sp_is_iterator(self):
        return True

    def sp_next(self):
        w_res = self.send_ex(space.w_None, None)
        if self.done:
            refcount.discard(w_res)
            return None
        return w_res

    def close(self):
        w_it = self.await_iter()
        try:
            if isinstance(w_it, W_Sendable):
                w_it.close()
            else:
                refcount.discard(protocol.call_special(w_it, 'close', []))
        finally:
            refcount.discard(w_it)


def _register():
    from fastpy.modules.genmethods import (send_impl, throw_impl, close_impl,
                                          next_impl, iter_impl, _fresh)
    t, cls = w_anext_awaitable_type, W_ANextAwaitable
    method(t, 'send(self, value, /)', cls)(_fresh(send_impl))
    method(t, 'throw(self, typ, val=NULL, tb=NULL, /)', cls)(
        _fresh(throw_impl))
    method(t, 'close(self, /)', cls)(_fresh(close_impl))
    method(t, '__next__(self, /)', cls)(_fresh(next_impl))
    method(t, '__iter__(self, /)', cls)(_fresh(iter_impl))
    method(t, '__await__(self, /)', cls)(_fresh(iter_impl))

_register()


BUILTINS = [builtin_aiter.w_func, builtin_anext.w_func]
