"""OperationError: a Python exception travelling through RPython code.

It carries the exception instance and the traceback entries collected as
it leaves frames (innermost last, like CPython's tb chain read from the
top).
"""


class TracebackEntry(object):
    _immutable_fields_ = ['code', 'pc', 'next']

    def __init__(self, code, pc, next):
        self.code = code
        self.pc = pc
        self.next = next


class OperationError(Exception):
    _attrs_ = ['w_exc', 'tb']

    def __init__(self, w_exc):
        self.w_exc = w_exc
        self.tb = None      # most recent frame first while unwinding

    def record_frame(self, code, pc):
        self.tb = TracebackEntry(code, pc, self.tb)

    def match(self, w_type):
        return self.w_exc.gettype().is_subtype(w_type)

    def __str__(self):   # untranslated debugging only
        return '<OperationError %s>' % (self.w_exc.gettype().name,)


def oefmt(w_type, msg):
    """Build an OperationError of the builtin exception type `w_type` with
    a single str argument (format it with % before calling)."""
    from fastpy.objspace.exceptions import new_exception_msg
    return OperationError(new_exception_msg(w_type, msg))
