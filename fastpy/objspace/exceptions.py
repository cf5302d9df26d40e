"""Builtin exception types and exception instances."""

from fastpy.objspace.root import W_Root, W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount


class W_BaseException(W_Counted):
    """An exception instance.  Counted slots (released in CPython's
    BaseException_clear order): args, __notes__, __traceback__,
    __cause__, __context__.  `suppress_context` is a plain flag."""
    _attrs_ = ['w_type', 'args_w', 'w_notes', 'w_traceback', 'w_cause',
               'w_context', 'suppress_context', 'fields_w', 'w_attrdict']

    def __init__(self, w_type, args_w):
        self.w_type = w_type
        self.args_w = args_w
        self.w_notes = None          # a list once add_note() was called
        self.w_traceback = None      # W_Traceback or None
        self.w_cause = None
        self.w_context = None
        self.suppress_context = False
        # The fields of the exception's family (excfields.py): None until
        # made, by the constructor or from args at the first read.
        self.fields_w = None
        # The instance dict of an exception of a builtin type (created
        # when an attribute is set; user subclasses use map storage).
        self.w_attrdict = None
        refcount.incref_all(args_w)

    def gettype(self):
        return self.w_type

    def referents(self):
        result = []
        if self.fields_w is not None:
            result.extend(self.fields_w)
        result.append(self.w_attrdict)
        result.extend(self.args_w)
        result.append(self.w_notes)
        result.append(self.w_traceback)
        result.append(self.w_cause)
        result.append(self.w_context)
        result.extend(self.extra_referents())
        return result

    def extra_referents(self):
        return []

    def release_children(self):
        # CPython: the family's fields, then BaseException_clear (dict,
        # args, notes, traceback, cause, context).
        fields_w = self.fields_w
        if fields_w is not None:
            self.fields_w = None
            refcount.decref_all(fields_w)
        w_attrdict = self.w_attrdict
        self.w_attrdict = None
        refcount.decref(w_attrdict)
        args_w = self.args_w
        self.args_w = []
        w_notes = self.w_notes
        w_tb = self.w_traceback
        w_cause = self.w_cause
        w_context = self.w_context
        self.w_notes = None
        self.w_traceback = None
        self.w_cause = None
        self.w_context = None
        refcount.decref_all_from_end(args_w)
        refcount.decref(w_notes)
        refcount.decref(w_tb)
        refcount.decref(w_cause)
        refcount.decref(w_context)
        self.release_extra()

    def release_extra(self):
        pass

    # -- the instance dict of an exception of a builtin type (CPython's
    # exceptions have a __dict__); user subclasses use map storage

    def getdictvalue(self, name):
        w_dict = self.w_attrdict
        if w_dict is None:
            return None
        return w_dict.getitem_str(name)

    def store_attr(self, name, w_value):
        if name == '__notes__':         # the slot add_note() uses
            self.set_notes(w_value)
            return True
        self.getdict().setitem_str(name, w_value)
        return True

    def delete_attr(self, name):
        if name == '__notes__':
            if self.w_notes is None:
                return False
            self.set_notes(None)
            return True
        w_dict = self.w_attrdict
        if w_dict is None:
            return False
        from fastpy.objspace.strobject import newstr_utf8
        return w_dict.delitem(newstr_utf8(name))

    def getdict(self):
        w_dict = self.w_attrdict
        if w_dict is None:
            from fastpy.objspace.dictobject import newdict
            w_dict = newdict()
            refcount.incref(w_dict)
            self.w_attrdict = w_dict
        return w_dict

    def setdict(self, w_dict):
        from fastpy.objspace.dictobject import W_DictObject
        assert isinstance(w_dict, W_DictObject)
        refcount.incref(w_dict)
        w_old = self.w_attrdict
        self.w_attrdict = w_dict
        refcount.decref(w_old)

    # -- counted slot setters

    def set_traceback(self, w_tb):
        refcount.incref(w_tb)
        w_old = self.w_traceback
        self.w_traceback = w_tb
        refcount.decref(w_old)

    def set_cause(self, w_cause):
        refcount.incref(w_cause)
        w_old = self.w_cause
        self.w_cause = w_cause
        refcount.decref(w_old)

    def set_context(self, w_context):
        refcount.incref(w_context)
        w_old = self.w_context
        self.w_context = w_context
        refcount.decref(w_old)

    def set_notes(self, w_notes):
        refcount.incref(w_notes)
        w_old = self.w_notes
        self.w_notes = w_notes
        refcount.decref(w_old)


class W_OSError(W_BaseException):
    """An OSError made by RPython code with its fields given (the
    field order of excfields.py's OSError family; with a filename, args
    keeps only (errno, strerror), as in CPython)."""
    _attrs_ = []

    def __init__(self, w_type, args_w, w_errno, w_strerror, w_filename,
                 w_filename2):
        W_BaseException.__init__(self, w_type, args_w)
        fields_w = [w_errno, w_strerror, w_filename, w_filename2, None]
        for w_field in fields_w:
            refcount.incref(w_field)
        self.fields_w = fields_w


class W_ExceptionGroup(W_BaseException):
    """BaseExceptionGroup / ExceptionGroup: args is (message, the sequence
    given); `w_exceptions` is the tuple of the sub-exceptions."""
    _attrs_ = ['w_message', 'w_exceptions']

    def __init__(self, w_type, args_w, w_message, w_exceptions):
        W_BaseException.__init__(self, w_type, args_w)
        self.w_message = w_message
        self.w_exceptions = w_exceptions
        refcount.incref(w_message)
        refcount.incref(w_exceptions)

    def extra_referents(self):
        return [self.w_message, self.w_exceptions]

    def release_extra(self):
        w_message = self.w_message
        w_exceptions = self.w_exceptions
        self.w_message = None
        self.w_exceptions = None
        refcount.decref(w_message)
        refcount.decref(w_exceptions)


class W_Traceback(W_Counted):
    """One traceback entry (CPython's traceback object): the frame's code,
    instruction and globals, and the entry of the next (inner) frame.
    The frame object (tb_frame), which keeps the frame's locals alive
    once the frame ended, is held as `w_frame`; an entry of the frame
    that caught the exception refers to the running Frame instead
    (`frame`, counted by Frame.tb_entries) until the program asks for
    tb_frame or the frame ends (interpreter/frameobject.py)."""
    _attrs_ = ['code', 'pc', 'w_next', 'w_globals', 'w_frame', 'frame']
    _immutable_fields_ = ['code', 'pc']

    def __init__(self, frame, code, pc, w_next):
        self.code = code
        self.pc = pc
        self.w_next = w_next
        refcount.incref(w_next)
        self.w_globals = frame.w_globals
        refcount.incref(self.w_globals)
        self.w_frame = None
        self.frame = frame
        frame.tb_entries += 1

    def gettype(self):
        return w_traceback_type

    def lineno(self):
        return self.code.lineno_at(self.pc)

    def store_attr(self, name, w_value):
        """tb.tb_next = tb or None (CPython's tb_next_set)."""
        if name != 'tb_next':
            return False
        from fastpy.interpreter.error import oefmt
        from fastpy.objspace.noneobject import w_None
        if w_value is w_None:
            w_new = None
        elif isinstance(w_value, W_Traceback):
            w_new = w_value
            w_cursor = w_value
            while True:
                if w_cursor is self:
                    raise oefmt(w_ValueError, "traceback loop detected")
                w_after = w_cursor.w_next
                if not isinstance(w_after, W_Traceback):
                    break
                w_cursor = w_after
        else:
            raise oefmt(w_TypeError, "expected traceback object, got '%s'"
                        % w_value.gettype().name)
        w_old = self.w_next
        refcount.incref(w_new)
        self.w_next = w_new
        refcount.decref(w_old)
        return True

    def delete_attr(self, name):
        if name != 'tb_next':
            return False
        from fastpy.interpreter.error import oefmt
        raise oefmt(w_TypeError, "can't delete tb_next attribute")

    def frame_object(self):
        """tb_frame (borrowed)."""
        if self.w_frame is None:
            frame = self.frame
            self.frame = None
            self.w_frame = frame.tb_entry_frame_object()
        return self.w_frame

    def referents(self):
        result = [self.w_next, self.w_globals, self.w_frame]
        if self.frame is not None and self.frame.tb_entries_moved:
            result.append(self.frame.w_frame_object)
        return result

    def release_children(self):
        # CPython's tb_dealloc: the next entry, then the frame
        w_next = self.w_next
        self.w_next = None
        refcount.decref(w_next)
        frame = self.frame
        if frame is not None:
            self.frame = None
            frame.drop_tb_entry()
        w_frame = self.w_frame
        self.w_frame = None
        refcount.decref(w_frame)
        w_globals = self.w_globals
        self.w_globals = None
        refcount.decref(w_globals)


def _exc(name, w_base):
    return W_TypeObject(name, w_base)

w_BaseException = _exc('BaseException', w_object_type)
w_SystemExit = _exc('SystemExit', w_BaseException)
w_KeyboardInterrupt = _exc('KeyboardInterrupt', w_BaseException)
w_GeneratorExit = _exc('GeneratorExit', w_BaseException)
w_Exception = _exc('Exception', w_BaseException)
w_ArithmeticError = _exc('ArithmeticError', w_Exception)
w_ZeroDivisionError = _exc('ZeroDivisionError', w_ArithmeticError)
w_OverflowError = _exc('OverflowError', w_ArithmeticError)
w_LookupError = _exc('LookupError', w_Exception)
w_IndexError = _exc('IndexError', w_LookupError)
w_KeyError = _exc('KeyError', w_LookupError)
w_NameError = _exc('NameError', w_Exception)
w_UnboundLocalError = _exc('UnboundLocalError', w_NameError)
w_RuntimeError = _exc('RuntimeError', w_Exception)
w_RecursionError = _exc('RecursionError', w_RuntimeError)
w_NotImplementedError = _exc('NotImplementedError', w_RuntimeError)
w_TypeError = _exc('TypeError', w_Exception)
w_ValueError = _exc('ValueError', w_Exception)
w_AttributeError = _exc('AttributeError', w_Exception)
w_ImportError = _exc('ImportError', w_Exception)
w_ModuleNotFoundError = _exc('ModuleNotFoundError', w_ImportError)
w_StopIteration = _exc('StopIteration', w_Exception)
w_StopAsyncIteration = _exc('StopAsyncIteration', w_Exception)
w_SyntaxError = _exc('SyntaxError', w_Exception)
w_IndentationError = _exc('IndentationError', w_SyntaxError)
w_TabError = _exc('TabError', w_IndentationError)
w_OSError = _exc('OSError', w_Exception)
w_UnicodeError = _exc('UnicodeError', w_ValueError)
w_UnicodeDecodeError = _exc('UnicodeDecodeError', w_UnicodeError)
w_AssertionError = _exc('AssertionError', w_Exception)
w_MemoryError = _exc('MemoryError', w_Exception)

ALL_EXCEPTION_TYPES = [
    w_BaseException, w_SystemExit, w_KeyboardInterrupt, w_Exception,
    w_ArithmeticError, w_ZeroDivisionError, w_OverflowError, w_LookupError,
    w_IndexError, w_KeyError, w_NameError, w_UnboundLocalError,
    w_RuntimeError, w_RecursionError, w_NotImplementedError, w_TypeError,
    w_ValueError, w_AttributeError, w_ImportError, w_ModuleNotFoundError,
    w_StopIteration, w_SyntaxError, w_IndentationError, w_TabError,
    w_OSError, w_UnicodeError, w_UnicodeDecodeError, w_AssertionError,
    w_MemoryError, w_GeneratorExit, w_StopAsyncIteration,
]

# The rest of CPython 3.11's hierarchy (Lib/test/exception_hierarchy.txt).
w_BaseExceptionGroup = _exc('BaseExceptionGroup', w_BaseException)
w_ExceptionGroup = W_TypeObject('ExceptionGroup', None,
                                [w_BaseExceptionGroup, w_Exception])
w_FloatingPointError = _exc('FloatingPointError', w_ArithmeticError)
w_BufferError = _exc('BufferError', w_Exception)
w_EOFError = _exc('EOFError', w_Exception)
w_ReferenceError = _exc('ReferenceError', w_Exception)
w_SystemError = _exc('SystemError', w_Exception)
w_BlockingIOError = _exc('BlockingIOError', w_OSError)
w_ChildProcessError = _exc('ChildProcessError', w_OSError)
w_ConnectionError = _exc('ConnectionError', w_OSError)
w_BrokenPipeError = _exc('BrokenPipeError', w_ConnectionError)
w_ConnectionAbortedError = _exc('ConnectionAbortedError', w_ConnectionError)
w_ConnectionRefusedError = _exc('ConnectionRefusedError', w_ConnectionError)
w_ConnectionResetError = _exc('ConnectionResetError', w_ConnectionError)
w_FileExistsError = _exc('FileExistsError', w_OSError)
w_FileNotFoundError = _exc('FileNotFoundError', w_OSError)
w_InterruptedError = _exc('InterruptedError', w_OSError)
w_IsADirectoryError = _exc('IsADirectoryError', w_OSError)
w_NotADirectoryError = _exc('NotADirectoryError', w_OSError)
w_PermissionError = _exc('PermissionError', w_OSError)
w_ProcessLookupError = _exc('ProcessLookupError', w_OSError)
w_TimeoutError = _exc('TimeoutError', w_OSError)
w_UnicodeEncodeError = _exc('UnicodeEncodeError', w_UnicodeError)
w_UnicodeTranslateError = _exc('UnicodeTranslateError', w_UnicodeError)
w_Warning = _exc('Warning', w_Exception)
w_BytesWarning = _exc('BytesWarning', w_Warning)
w_DeprecationWarning = _exc('DeprecationWarning', w_Warning)
w_EncodingWarning = _exc('EncodingWarning', w_Warning)
w_FutureWarning = _exc('FutureWarning', w_Warning)
w_ImportWarning = _exc('ImportWarning', w_Warning)
w_PendingDeprecationWarning = _exc('PendingDeprecationWarning', w_Warning)
w_ResourceWarning = _exc('ResourceWarning', w_Warning)
w_RuntimeWarning = _exc('RuntimeWarning', w_Warning)
w_SyntaxWarning = _exc('SyntaxWarning', w_Warning)
w_UnicodeWarning = _exc('UnicodeWarning', w_Warning)
w_UserWarning = _exc('UserWarning', w_Warning)

MORE_EXCEPTION_TYPES = [
    w_BaseExceptionGroup, w_ExceptionGroup, w_FloatingPointError,
    w_BufferError, w_EOFError, w_ReferenceError, w_SystemError,
    w_BlockingIOError, w_ChildProcessError, w_ConnectionError,
    w_BrokenPipeError, w_ConnectionAbortedError, w_ConnectionRefusedError,
    w_ConnectionResetError, w_FileExistsError, w_FileNotFoundError,
    w_InterruptedError, w_IsADirectoryError, w_NotADirectoryError,
    w_PermissionError, w_ProcessLookupError, w_TimeoutError,
    w_UnicodeEncodeError, w_UnicodeTranslateError, w_Warning,
    w_BytesWarning, w_DeprecationWarning, w_EncodingWarning,
    w_FutureWarning, w_ImportWarning, w_PendingDeprecationWarning,
    w_ResourceWarning, w_RuntimeWarning, w_SyntaxWarning, w_UnicodeWarning,
    w_UserWarning,
]
for _w_t in MORE_EXCEPTION_TYPES:
    if _w_t not in ALL_EXCEPTION_TYPES:
        ALL_EXCEPTION_TYPES.append(_w_t)
del _w_t

# Builtin names that are aliases (builtins.py publishes them too).
EXCEPTION_ALIASES = [('EnvironmentError', w_OSError),
                     ('IOError', w_OSError)]

w_traceback_type = W_TypeObject('traceback', w_object_type)
w_frame_type = W_TypeObject('frame', w_object_type)



def new_exception_msg(w_type, msg):
    from fastpy.objspace.strobject import newstr_utf8
    return W_BaseException(w_type, [newstr_utf8(msg)])
