"""Method calls without bound methods, and attribute stores.

    LOAD_METHOD name     obj  ->  func obj     (a function on the type)
                         obj  ->  NULL attr    (anything else)
    CALL_METHOD n        func obj a1..an  ->  func(obj, a1..an)
                         NULL attr a1..an ->  attr(a1..an)

NULL is an empty stack entry (None).  When the attribute is a plain
function found on the type and not shadowed by an instance attribute
(attribute.load_method), `obj.m(x)` calls m with obj as its first
argument: no bound method is allocated, and in traces the function is a
constant (the type's version is promoted).  Python functions whose
parameters match take the fast path of CALL: the arguments, self
included, move into the callee's frame.
"""

from rpython.rlib import jit

from fastpy.interpreter.function import W_Function, Arguments
from fastpy.interpreter import argmatch
from fastpy.objspace import attribute


def LOAD_METHOD(frame, code, arg):
    w_obj = frame.peek(0)
    w_value, is_method = attribute.load_method(w_obj, code.co_names[arg])
    if is_method:
        # func obj: the function is immortal or held by the type's dict,
        # so its entry borrows it (namespaceborrow.py); obj keeps its
        # stack entry (and its kind) under it.
        frame.push_borrowed(w_value)
        frame.swap(1)
    else:
        frame.replace_top(1, w_value)
        frame.push(None)
        frame.swap(1)


@jit.unroll_safe
def CALL_METHOD(frame, nargs):
    from fastpy.interpreter.eval import (execute_frame, CALL,
                                         call_from_instruction)
    from fastpy.compiler.code import CO_VARARGS, CO_VARKEYWORDS
    w_meth = frame.peek(nargs + 1)
    if w_meth is None:
        # NULL attr args: an ordinary call, then drop the NULL.
        CALL(frame, nargs)
        frame.swap(1)
        frame.pop()
        return
    n = nargs + 1
    if isinstance(w_meth, W_Function):
        code = jit.promote(w_meth.code)
        if n == code.co_argcount and code.co_kwonlyargcount == 0 and \
                not code.co_flags & (CO_VARARGS | CO_VARKEYWORDS):
            new_frame = argmatch.new_frame(w_meth, code)
            new_frame.take_arguments(frame, n)
            w_result = execute_frame(new_frame)
            frame.replace_top(1, w_result)
            return
    args_w = [None] * n
    for i in range(n):
        args_w[i] = frame.peek(n - 1 - i)
    w_result = call_from_instruction(w_meth, Arguments(args_w))
    frame.replace_top(n + 1, w_result)


def STORE_ATTR(frame, code, arg):
    attribute.setattr_w(frame.peek(0), code.co_names[arg], frame.peek(1))
    frame.popn(2)


def DELETE_ATTR(frame, code, arg):
    attribute.delattr_w(frame.peek(0), code.co_names[arg])
    frame.pop()
