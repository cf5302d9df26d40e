"""Frame objects: the Python `frame` type (sys._getframe, f_back,
tb_frame).

A Frame has at most one W_FrameObject (`get_frame_object`), made only
when the program asks for it, so frames stay virtual in JIT traces
otherwise.  While the frame runs, the frame object reads its state.  When
the frame ends while its frame object is still referenced (`Frame.end`),
the frame object takes over the frame's locals (CPython's
take_ownership) and releases them when it dies itself.  So a traceback,
which holds the frame objects of the frames an exception left, keeps
their locals alive until the exception is dropped, as in CPython.

The traceback entry of the frame that caught the exception refers to
the running frame without a frame object (making one would force the
frame out of a trace); it gets one when the program reads `tb_frame`,
or when the frame ends while the entry is alive (Frame.end).
"""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import getset, method
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.exceptions import w_frame_type
from fastpy.objspace.intobject import newint
from fastpy.objspace.root import W_Counted


class W_FrameObject(W_Counted):
    _attrs_ = ['frame', 'code', 'w_globals', 'owns_locals', 'cleared']

    def __init__(self, frame, code, w_globals):
        self.frame = frame
        self.code = code
        self.w_globals = w_globals
        refcount.incref(w_globals)
        self.owns_locals = False
        self.cleared = False        # by clear(): f_locals is {} from then

    def gettype(self):
        return w_frame_type

    def take_locals(self):
        """The frame ends: keep its locals if this object is referenced.
        Returns whether it did."""
        if refcount.get_count(self) > 0:
            self.owns_locals = True
            self.frame.own_borrowed_slots()
            return True
        self.frame.w_frame_object = None
        return False

    def current_pc(self):
        return self.frame.last_pc

    def sp_repr(self):
        # repr() of builtin objects goes through sp_repr, not the type dict
        return frame_repr_utf8(self).decode('utf-8')

    def referents(self):
        result = [self.w_globals]
        if self.owns_locals:
            self.frame.append_slots(result)
        return result

    def release_children(self):
        frame = self.frame
        if frame.w_frame_object is self:
            frame.w_frame_object = None
        if self.owns_locals:
            self.owns_locals = False
            frame.release()
        w_globals = self.w_globals
        self.w_globals = None
        refcount.decref(w_globals)


def get_frame_object(frame):
    """The frame object of a running or ended frame (made once)."""
    w_fo = frame.w_frame_object
    if w_fo is not None and refcount.get_count(w_fo) != refcount.DEAD:
        return w_fo
    w_fo = W_FrameObject(frame, frame.code, frame.w_globals)
    frame.w_frame_object = w_fo
    frame.escaped = True        # its f_back must stay reachable
    return w_fo


# ---------------------------------------------------------------- attributes

def _fo(w_obj):
    if not isinstance(w_obj, W_FrameObject):
        raise oefmt(exc.w_TypeError, "descriptor requires a 'frame' object")
    return w_obj


def _f_globals(w_obj):
    return _fo(w_obj).w_globals


def _f_locals(w_obj):
    from fastpy.modules.frameaccess import frame_locals
    from fastpy.objspace.dictobject import newdict
    w_fo = _fo(w_obj)
    if w_fo.cleared:
        return newdict()
    return frame_locals(w_fo.frame)


def _f_code(w_obj):
    return _fo(w_obj).code


def _f_back(w_obj):
    back = _fo(w_obj).frame.f_backref()
    if back is None:
        return space.w_None
    return get_frame_object(back)


def _f_lineno(w_obj):
    from fastpy.compiler.code import CO_GENERATOR_KINDS
    w_fo = _fo(w_obj)
    code = w_fo.code
    frame = w_fo.frame
    if frame.resume_pc == 0 and frame.last_pc == 0 and (
            frame.in_call_event or (code.co_flags & CO_GENERATOR_KINDS and
                                    frame.trace_prev_pc < 0)):
        # A generator not started yet, or a frame whose 'call' event is
        # being traced, is at its `def` line.
        return newint(code.co_firstlineno)
    return line_or_none(code.lineno_at(w_fo.current_pc()))


def line_or_none(line):
    """An instruction without a line (linetable.NO_LINE) is at line None,
    as CPython's frame.f_lineno and tb_lineno say."""
    if line < 0:
        return space.w_None
    return newint(line)


def _f_lasti(w_obj):
    return newint(_fo(w_obj).current_pc())


def _f_builtins(w_obj):
    from fastpy.interpreter.eval import ec
    return ec.w_builtins


def _f_trace(w_obj):
    w_trace = _fo(w_obj).frame.w_local_trace
    if w_trace is None:
        return space.w_None
    return w_trace


def _f_set_trace(w_obj, w_value):
    if w_value is space.w_None:
        w_value = None
    _fo(w_obj).frame.set_local_trace(w_value)


def _f_trace_lines(w_obj):
    return space.newbool(_fo(w_obj).frame.trace_lines)


def _f_set_trace_lines(w_obj, w_value):
    if w_value is None:
        raise oefmt(exc.w_AttributeError, "cannot delete f_trace_lines")
    from fastpy.objspace.boolobject import W_BoolObject
    if not isinstance(w_value, W_BoolObject):
        raise oefmt(exc.w_TypeError,
                    "attribute value type must be bool")
    _fo(w_obj).frame.trace_lines = w_value.intval != 0


getset(w_frame_type, 'f_globals', _f_globals)
getset(w_frame_type, 'f_locals', _f_locals)
getset(w_frame_type, 'f_code', _f_code)
getset(w_frame_type, 'f_back', _f_back)
getset(w_frame_type, 'f_lineno', _f_lineno)
getset(w_frame_type, 'f_lasti', _f_lasti)
getset(w_frame_type, 'f_builtins', _f_builtins)
getset(w_frame_type, 'f_trace', _f_trace, _f_set_trace)
getset(w_frame_type, 'f_trace_lines', _f_trace_lines, _f_set_trace_lines)


@method(w_frame_type, 'clear(self, /)', W_FrameObject)
def frame_clear(w_fo):
    """Clear all references held by the frame."""
    if not w_fo.owns_locals:
        raise oefmt(exc.w_RuntimeError, "cannot clear an executing frame")
    w_fo.owns_locals = False
    w_fo.cleared = True
    w_fo.frame.release()
    return space.w_None


def frame_repr_utf8(w_fo):
    from fastpy.objspace.protocol import _hex_addr
    from rpython.rlib.objectmodel import compute_unique_id
    code = w_fo.code
    return "<frame at 0x%s, file '%s', line %d, code %s>" % (
        _hex_addr(compute_unique_id(w_fo)), code.co_filename,
        code.lineno_at(w_fo.current_pc()), code.co_name)


@method(w_frame_type, '__repr__(self, /)', W_FrameObject)
def frame_repr(w_fo):
    return space.newtext(frame_repr_utf8(w_fo))
