"""Builtin exception types and exception instances."""

from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount


class W_BaseException(W_Counted):
    """An exception instance; `args_w` are counted slots."""
    _attrs_ = ['w_type', 'args_w']

    def __init__(self, w_type, args_w):
        self.w_type = w_type
        self.args_w = args_w
        for w_arg in args_w:
            refcount.incref(w_arg)

    def gettype(self):
        return self.w_type

    def referents(self):
        return list(self.args_w)

    def release_children(self):
        args_w = self.args_w
        self.args_w = []
        i = len(args_w) - 1
        while i >= 0:
            refcount.decref(args_w[i])
            i -= 1


def _exc(name, w_base):
    return W_TypeObject(name, w_base)

w_BaseException = _exc('BaseException', w_object_type)
w_SystemExit = _exc('SystemExit', w_BaseException)
w_KeyboardInterrupt = _exc('KeyboardInterrupt', w_BaseException)
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
    w_MemoryError,
]


def new_exception_msg(w_type, msg):
    from fastpy.objspace.strobject import newstr_utf8
    return W_BaseException(w_type, [newstr_utf8(msg)])
