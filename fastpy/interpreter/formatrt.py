"""The f-string instructions (compiler/opcodes.py: FORMAT_VALUE,
BUILD_STRING), as CPython 3.11's ceval does them.  Both produce a fresh
str (not counted) that replaces their operands on the stack."""

from rpython.rlib import jit
from rpython.rlib.rstring import UnicodeBuilder

from fastpy.compiler import opcodes as op
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace import formatspec


def FORMAT_VALUE(frame, arg):
    have_spec = (arg & op.FVS_HAVE_SPEC) != 0
    if have_spec:
        w_spec = frame.peek(0)
        assert isinstance(w_spec, W_StrObject)
        spec = w_spec.value
        w_value = frame.peek(1)
        n = 2
    else:
        spec = u''
        w_value = frame.peek(0)
        n = 1
    which = arg & op.FVC_MASK
    if which == op.FVC_NONE:
        if isinstance(w_value, W_StrObject) and not w_value.is_user and \
                not have_spec:
            # format(str) is the str itself
            frame.replace_top(1, w_value)
            return
        w_result = newstr(formatspec.format_w(w_value, spec))
    else:
        if which == op.FVC_STR:
            u = formatspec.convert_u(w_value, 's')
        elif which == op.FVC_REPR:
            u = formatspec.convert_u(w_value, 'r')
        else:
            u = formatspec.convert_u(w_value, 'a')
        if have_spec:
            u = formatspec.format_str(newstr(u), u, spec)
        w_result = newstr(u)
    frame.replace_top(n, w_result)


@jit.unroll_safe
def BUILD_STRING(frame, n):
    b = UnicodeBuilder()
    for i in range(n):
        w_part = frame.peek(n - 1 - i)
        assert isinstance(w_part, W_StrObject)
        b.append(w_part.value)
    frame.replace_top(n, newstr(b.build()))
