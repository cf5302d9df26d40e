"""Size checks before huge allocations, with CPython 3.11's exceptions.

RPython aborts the whole binary ("Fatal RPython error: MemoryError") when
an allocation fails and nothing catches it, and a huge allocation that
the OS grants lazily can get the process killed when it is filled.  So
sizes are checked before allocating:

- a result size that overflows a machine word gives CPython's exception
  for that type (MemoryError, or OverflowError for str and bytes);
- no object larger than the user address space (2**47 bytes on x86-64)
  can be allocated: MemoryError without trying, as CPython's malloc
  would fail.

The dispatch loop also turns an RPython MemoryError into a Python
MemoryError (eval.py), for allocations that are not checked here.
"""

import sys

from rpython.rlib.rbigint import rbigint
from fastpy.interpreter.error import OperationError, oefmt
from fastpy.objspace import exceptions as exc

MAXSIZE = sys.maxint                # PY_SSIZE_T_MAX
ADDRESS_SPACE = 1 << 47             # bytes of user address space
WORD = 8                            # bytes per item of lists and tuples


def memory_error():
    """MemoryError() without arguments, as CPython's PyErr_NoMemory."""
    return OperationError(exc.W_BaseException(exc.w_MemoryError, []))


def repeat_count(w_count):
    """The n of seq * n: an int object that does not fit a machine word
    (even a negative one) gives CPython's OverflowError."""
    from fastpy.objspace.longobject import W_LongObject
    from fastpy.objspace.space import int_w
    if isinstance(w_count, W_LongObject):
        try:
            n = w_count.bigval.toint()
        except OverflowError:
            raise oefmt(exc.w_OverflowError,
                        "cannot fit 'int' into an index-sized integer")
    else:
        n = int_w(w_count)
    if n < 0:
        n = 0
    return n


def check_repeat(length, n, itemsize, overflow_msg):
    """Before allocating `length` * `n` items of `itemsize` bytes (for
    seq * n).  `overflow_msg`: CPython's OverflowError message when the
    item count overflows, or '' for MemoryError."""
    if n <= 0 or length <= 0:
        return
    if length > MAXSIZE // n:
        if overflow_msg:
            raise oefmt(exc.w_OverflowError, overflow_msg)
        raise memory_error()
    if length * n > ADDRESS_SPACE // itemsize:
        raise memory_error()


def check_items(count, itemsize):
    """Before allocating `count` items of `itemsize` bytes."""
    if count > ADDRESS_SPACE // itemsize:
        raise memory_error()


# The smallest shift count CPython 3.11 answers with OverflowError "too
# many digits in integer" (divmod_shift clips the shift in 30-bit digits
# at PY_SSIZE_T_MAX / 4, then _PyLong_New refuses the size); smaller ones
# that do not fit a machine word fail to allocate: MemoryError.
LSHIFT_OVERFLOW = rbigint.fromint(MAXSIZE // 4).mul(rbigint.fromint(30))


def check_lshift(shift):
    """Before computing x << shift (x != 0, shift a machine int)."""
    if shift // 8 > ADDRESS_SPACE:
        raise memory_error()
