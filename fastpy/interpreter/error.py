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
    """The traceback lives on the exception instance (`__traceback__`, a
    chain of W_Traceback, outermost frame first).  `skip_tb`: a re-raise
    (RERAISE, bare `raise`) adds no entry for the frame it happens in.
    `context_done`: __context__ was set (at the first frame it reached,
    see interpreter/excrt.py)."""
    _attrs_ = ['w_exc', 'skip_tb', 'context_done']

    def __init__(self, w_exc):
        from fastpy.objspace.exceptions import W_BaseException
        assert isinstance(w_exc, W_BaseException)
        self.w_exc = w_exc
        self.skip_tb = False
        self.context_done = False

    def record_frame(self, frame, code, pc):
        """The exception passes through (code, pc) of a running frame: a
        traceback entry in front of the ones it has (CPython's
        PyTraceBack_Here)."""
        from fastpy.objspace.exceptions import W_BaseException, W_Traceback
        w_exc = self.w_exc
        assert isinstance(w_exc, W_BaseException)
        w_exc.set_traceback(W_Traceback(frame, code, pc, w_exc.w_traceback))

    def match(self, w_type):
        return self.w_exc.gettype().is_subtype(w_type)

    def __str__(self):   # untranslated debugging only
        return '<OperationError %s>' % (self.w_exc.gettype().name,)


def oefmt(w_type, msg):
    """Build an OperationError of the builtin exception type `w_type` with
    a single str argument (format it with % before calling)."""
    from fastpy.objspace.exceptions import new_exception_msg
    return OperationError(new_exception_msg(w_type, msg))
