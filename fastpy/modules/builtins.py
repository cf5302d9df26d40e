"""The builtins module: functions and type constructors."""

from rpython.rlib import jit
from rpython.rlib import rfloat
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import ParseStringError, UnicodeBuilder

from fastpy import config
from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import (make_builtin, check_arity, kwarg,
                                        reject_other_kwargs)
from fastpy.objspace import space
from fastpy.objspace import exceptions as exc
from fastpy.objspace.intobject import W_IntObject, w_int_type, newint
from fastpy.objspace.longobject import W_LongObject, newlong
from fastpy.objspace.floatobject import W_FloatObject, w_float_type, newfloat
from fastpy.objspace.boolobject import W_BoolObject, w_bool_type
from fastpy.objspace.strobject import (W_StrObject, w_str_type, newstr,
                                      str_to_utf8, str_strip)
from fastpy.objspace.listobject import (W_ListObject, w_list_type, newlist,
                                        newlist_range)
from fastpy.objspace.tupleobject import W_TupleObject, w_tuple_type, newtuple
from fastpy.objspace.dictobject import W_DictObject, w_dict_type, newdict
from fastpy.objspace.rangeobject import W_RangeObject, w_range_type
from fastpy.objspace.typeobject import W_TypeObject, w_object_type, \
    w_type_type
from fastpy.objspace.noneobject import w_NoneType
from fastpy.objspace.bytesobject import w_bytes_type
from fastpy.modules import outstream
# Publishes the special methods of the builtin types in their dicts.
from fastpy.objspace import slots as _slots  # noqa
from fastpy.modules import genmethods
from fastpy.modules import formatmethods
# Methods and constructors of the builtin types (gateway declarations).
from fastpy.objspace import (listmethods, strmethods, strcase,  # noqa
                             dictmethods, tuplemethods, setmethods)
from fastpy.objspace.setobject import w_set_type, w_frozenset_type
from fastpy.objspace import itertypes
from fastpy.modules import builtinfuncs, frameaccess
from fastpy.modules import compilebuiltin
from fastpy.modules import asyncbuiltins
from fastpy.objspace import (typemethods, attribute, userobjects,  # noqa
                             descrmethods, superobject, mappingproxy)
from fastpy.objspace import intmethods, floatmethods  # noqa
from fastpy.objspace import bytesmethods, bytearraymethods  # noqa
from fastpy.objspace.bytearrayobject import w_bytearray_type
from fastpy.objspace.memoryobject import w_memoryview_type
from fastpy.objspace.complexobject import w_complex_type
from fastpy.objspace import slicemethods  # noqa
from fastpy.objspace import builtinreduce  # noqa: range, iterator, function pickling
from fastpy.objspace import iterhint  # noqa: __length_hint__ of the iterators
from fastpy.objspace import textsignature  # noqa: __text_signature__
from fastpy.objspace import modulemethods  # noqa
from fastpy.objspace import genericalias, uniontype  # noqa
from fastpy.objspace.sliceobject import w_slice_type
from fastpy.objspace.intmethods import int_from_float  # noqa: percentformat
from fastpy.objspace import excinstances  # noqa: exception attributes and methods
from fastpy.objspace import protocolslots  # noqa: __next__, __call__, ... of builtin types
from fastpy.objspace import datadescr  # noqa: __get__, __set__ ... of getset/member descriptors
from fastpy.objspace import builtindescr  # noqa: method_descriptor, wrapper_descriptor, method-wrapper


def builtin_type(args):
    if len(args.args_w) != 1:
        raise oefmt(exc.w_TypeError, "type() takes 1 or 3 arguments")
    return args.args_w[0].gettype()


def builtin_exception(w_type):
    def construct(args):
        from fastpy.objspace.excfields import construct as exc_construct
        return exc_construct(w_type, args)     # keywords: excfields
    construct.__name__ = 'construct_' + w_type.name
    return construct


# ---------------------------------------------------------------- namespace

FUNCTIONS = []     # see builtinfuncs.BUILTINS

CONSTRUCTORS = [
    (w_type_type, make_builtin('type', builtin_type, 1, 3)),
]

TYPES = [w_int_type, w_float_type, w_str_type, w_bool_type, w_list_type,
         w_set_type, w_frozenset_type,
         itertypes.w_enumerate_type, itertypes.w_zip_type,
         itertypes.w_map_type, itertypes.w_filter_type,
         itertypes.w_reversed_type,
         w_bytearray_type, w_memoryview_type,
         w_complex_type, w_slice_type,
         w_tuple_type, w_dict_type, w_range_type, w_type_type, w_object_type,
         w_bytes_type]

for _w_type, _ctor in CONSTRUCTORS:
    _w_type.constructor = _ctor
for _w_exc in exc.ALL_EXCEPTION_TYPES:
    _w_exc.constructor = make_builtin(_w_exc.name,
                                      builtin_exception(_w_exc), 0, -1,
                                      allow_kw=True)


def _builtin_function_lists():
    from fastpy.modules import importfuncs
    return [FUNCTIONS, genmethods.BUILTINS, formatmethods.BUILTINS,
            builtinfuncs.BUILTINS, frameaccess.BUILTINS,
            compilebuiltin.BUILTINS, asyncbuiltins.BUILTINS,
            importfuncs.BUILTINS]


def _set_module_names():
    """The functions of the builtins module: __module__ 'builtins',
    __self__ the module (for inspect.signature)."""
    for functions in _builtin_function_lists():
        for w_func in functions:
            if w_func.module_name is None:
                w_func.module_name = 'builtins'

_set_module_names()


# The order of CPython 3.11's builtins dict (module attributes, then
# bltinmodule.c's functions and objects, the exceptions, open): the
# order `builtins.__dict__` lists, and the "Did you mean" suggestions
# (interpreter/suggestions.py) go through, the first of equally close
# names winning.  (site.py adds quit, exit, copyright, credits, license
# and help after these.)
CPYTHON_ORDER = (
    '__name__ __doc__ __package__ __loader__ __spec__ __build_class__ '
    '__import__ abs all any ascii bin breakpoint callable chr compile '
    'delattr dir divmod eval exec format getattr globals hasattr hash hex '
    'id input isinstance issubclass iter aiter len locals max min next '
    'anext oct ord pow print repr round setattr sorted sum vars None '
    'Ellipsis NotImplemented False True bool memoryview bytearray bytes '
    'classmethod complex dict enumerate filter float frozenset property '
    'int list map object range reversed set slice staticmethod str super '
    'tuple type zip __debug__ BaseException BaseExceptionGroup Exception '
    'GeneratorExit KeyboardInterrupt SystemExit ArithmeticError '
    'AssertionError AttributeError BufferError EOFError ImportError '
    'LookupError MemoryError NameError OSError ReferenceError RuntimeError '
    'StopAsyncIteration StopIteration SyntaxError SystemError TypeError '
    'ValueError Warning FloatingPointError OverflowError ZeroDivisionError '
    'BytesWarning DeprecationWarning EncodingWarning FutureWarning '
    'ImportWarning PendingDeprecationWarning ResourceWarning RuntimeWarning '
    'SyntaxWarning UnicodeWarning UserWarning BlockingIOError '
    'ChildProcessError ConnectionError FileExistsError FileNotFoundError '
    'InterruptedError IsADirectoryError NotADirectoryError PermissionError '
    'ProcessLookupError TimeoutError IndentationError IndexError KeyError '
    'ModuleNotFoundError NotImplementedError RecursionError '
    'UnboundLocalError UnicodeError BrokenPipeError ConnectionAbortedError '
    'ConnectionRefusedError ConnectionResetError TabError '
    'UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError '
    'ExceptionGroup EnvironmentError IOError open').split()

# Set by the interpreter's start-up (main.py): None until then.
MODULE_ATTRIBUTES = ['__name__', '__doc__', '__package__', '__loader__',
                     '__spec__']


def make_builtins_dict():
    """The builtins namespace, in CPython's order (CPYTHON_ORDER)."""
    from fastpy.objspace.dictobject import new_module_dict
    from fastpy.objspace import refcount
    w_dict = _collect_builtins()
    w_ordered = new_module_dict()
    for name in CPYTHON_ORDER:
        if name in MODULE_ATTRIBUTES:
            w_ordered.setitem_str(name, space.w_None)
            continue
        w_value = w_dict.getitem_str(name)
        if w_value is not None:
            w_ordered.setitem_str(name, w_value)
    for w_key in w_dict.keys():         # the names CPython does not have
        if w_ordered.getitem(w_key) is None:
            w_ordered.setitem(w_key, w_dict.getitem(w_key))
    refcount.discard(w_dict)
    return w_ordered


def _collect_builtins():
    from fastpy.objspace.dictobject import new_module_dict
    w_dict = new_module_dict()
    for w_func in FUNCTIONS:
        w_dict.setitem_str(w_func.name, w_func)
    for w_func in genmethods.BUILTINS:     # next, iter
        w_dict.setitem_str(w_func.name, w_func)
    for w_func in formatmethods.BUILTINS:  # format, ascii
        w_dict.setitem_str(w_func.name, w_func)
    for w_func in builtinfuncs.BUILTINS:   # (its iter has both forms)
        w_dict.setitem_str(w_func.name, w_func)
    for w_func in frameaccess.BUILTINS:    # globals, locals, eval, exec
        w_dict.setitem_str(w_func.name, w_func)
    for w_func in compilebuiltin.BUILTINS:  # compile
        w_dict.setitem_str(w_func.name, w_func)
    for w_func in asyncbuiltins.BUILTINS:   # aiter, anext
        w_dict.setitem_str(w_func.name, w_func)
    from fastpy.modules import importfuncs
    for w_func in importfuncs.BUILTINS:    # __import__
        w_dict.setitem_str(w_func.name, w_func)
    from fastpy.modules.iomodule import io_open
    w_dict.setitem_str('open', io_open.w_func)   # builtins.open is _io.open
    typemethods.add_builtins(w_dict)       # classes: __build_class__ ...
    for w_type in TYPES:
        w_dict.setitem_str(w_type.name, w_type)
    for w_exc in exc.ALL_EXCEPTION_TYPES:
        w_dict.setitem_str(w_exc.name, w_exc)
    for alias, w_exc in exc.EXCEPTION_ALIASES:
        w_dict.setitem_str(alias, w_exc)
    w_dict.setitem_str('None', space.w_None)
    from fastpy.objspace.noneobject import w_NotImplemented, w_Ellipsis
    w_dict.setitem_str('NotImplemented', w_NotImplemented)
    w_dict.setitem_str('Ellipsis', w_Ellipsis)
    w_dict.setitem_str('True', space.w_True)
    w_dict.setitem_str('False', space.w_False)
    w_dict.setitem_str('__debug__', space.w_True)
    return w_dict
