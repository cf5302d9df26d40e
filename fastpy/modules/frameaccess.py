"""The builtins that see their caller's frame: globals(), locals(),
eval() and exec().

They are W_FrameBuiltin objects.  CALL and CALL_KW (eval.py) store the
calling frame in `ec.caller_frame` just before calling one of them (the
isinstance test folds in traces; only these calls force the frame), and
clear it after.
"""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.function import W_BuiltinFunction
from fastpy.interpreter.gateway import interp2app
from fastpy.objspace import space
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.dictobject import W_DictObject, newdict
from fastpy.objspace.strobject import W_StrObject, str_to_utf8
from fastpy.objspace.bytesobject import W_BytesObject


class W_FrameBuiltin(W_BuiltinFunction):
    """A builtin that receives its caller's frame in ec.caller_frame."""
    _attrs_ = []


def frame_builtin(spec):
    def decorate(impl):
        w_plain = interp2app(spec, impl)
        w_func = W_FrameBuiltin(w_plain.name, w_plain.impl, w_plain.doc)
        w_func.signature = w_plain.signature
        impl.w_func = w_func
        return impl
    return decorate


def _caller():
    """The frame whose globals/locals a frame builtin uses: the one that
    called it (CALL sets ec.caller_frame), or, when it was called some
    other way (f(*args), map(eval, ...), a partial), the running frame,
    as CPython's PyEval_GetGlobals()."""
    from fastpy.interpreter.eval import ec
    frame = ec.caller_frame
    if frame is None:
        frame = ec.running_frame()
        if frame is None:
            raise oefmt(exc.w_SystemError, "no current frame")
    return frame


def take_caller():
    """The caller frame of a frame builtin, cleared for nested calls."""
    from fastpy.interpreter.eval import ec
    frame = _caller()
    ec.caller_frame = None
    return frame


def frame_locals(frame):
    """The locals of a frame as a dict: the namespace of a class body or
    module; for a function, the frame's own dict (CPython 3.11's
    f_locals), the same object at each call, refreshed from the fast
    locals (PyFrame_FastToLocals): bound variables are stored, unbound
    ones removed; other keys (exec() stores) stay.  Writing to it does
    not change the variables.  The result is borrowed from the frame."""
    if frame.w_locals is not None:
        return frame.w_locals
    code = frame.code
    if is_module_code(code):
        return frame.w_globals
    w_dict = frame.w_fast_dict
    if w_dict is None:
        w_dict = newdict()
        refcount.incref(w_dict)
        frame.w_fast_dict = w_dict
    # CPython's order: the variables (an argument that is a cell
    # variable keeps its place), then the other cell and free variables.
    nvars = len(code.co_varnames)
    ncells = len(code.co_cellvars)
    for i in range(nvars):
        name = code.co_varnames[i]
        k = _cell_index(code, name)
        if k >= 0:
            w_value = _cell_value(frame.load_local(nvars + k))
        else:
            w_value = frame.load_local(i)
        _refresh(w_dict, name, w_value)
    for k in range(ncells + len(code.co_freevars)):
        name = code.cellfree_name(nvars + k)
        if k < ncells and name in code.co_varnames:
            continue
        _refresh(w_dict, name, _cell_value(frame.load_local(nvars + k)))
    return w_dict


def _cell_index(code, name):
    for k in range(len(code.co_cellvars)):
        if code.co_cellvars[k] == name:
            return k
    return -1


def _cell_value(w_cell):
    from fastpy.interpreter.function import W_Cell
    if isinstance(w_cell, W_Cell):
        return w_cell.w_value
    return None


def _refresh(w_dict, name, w_value):
    if w_value is None:
        w_dict.delitem(space.newtext(name))
    else:
        w_dict.setitem(space.newtext(name), w_value)


def is_module_code(code):
    return code.co_name == '<module>'


@frame_builtin('globals()')
def builtin_globals():
    return _caller().w_globals


@frame_builtin('locals()')
def builtin_locals():
    return frame_locals(_caller())


def _get_code(w_source, mode, fname):
    from fastpy.compiler.code import W_Code
    from fastpy.modules.compilebuiltin import compile_source
    if isinstance(w_source, W_Code):
        if len(w_source.co_freevars) > 0 and fname == 'eval':
            raise oefmt(exc.w_TypeError, "code object passed to eval() may "
                        "not contain free variables")
        return w_source
    if isinstance(w_source, W_StrObject):
        source = str_to_utf8(w_source.value)
    elif isinstance(w_source, W_BytesObject):
        source = w_source.value
    else:
        raise oefmt(exc.w_TypeError, "%s() arg 1 must be a string, bytes or "
                    "code object" % fname)
    if mode == 'eval':
        i = 0
        while i < len(source) and (source[i] == ' ' or source[i] == '\t'):
            i += 1
        source = source[i:]
    return compile_source(source, '<string>', mode,
                          is_bytes=isinstance(w_source, W_BytesObject))


def _closure_cells(code, w_closure):
    """exec(code, closure=...): the cells for the code's free variables
    (CPython 3.11's checks and messages)."""
    from fastpy.interpreter.function import W_Cell
    from fastpy.objspace.tupleobject import W_TupleObject
    nfree = len(code.co_freevars)
    if w_closure is space.w_None:
        if nfree > 0:
            raise oefmt(exc.w_TypeError, "code object requires a closure "
                        "of exactly length %d" % nfree)
        return None
    if nfree == 0:
        raise oefmt(exc.w_TypeError, "cannot use a closure with this code "
                    "object")
    ok = isinstance(w_closure, W_TupleObject) and \
        len(w_closure.items_w) == nfree
    if ok:
        for w_cell in w_closure.items_w:
            if not isinstance(w_cell, W_Cell):
                ok = False
    if not ok:
        raise oefmt(exc.w_TypeError, "code object requires a closure of "
                    "exactly length %d" % nfree)
    assert isinstance(w_closure, W_TupleObject)
    return w_closure.items_w


def _run(w_source, w_globals, w_locals, mode, fname, w_closure=None):
    from fastpy.interpreter.eval import ec, execute_frame
    from fastpy.interpreter.frame import Frame
    caller = _caller()
    ec.caller_frame = None
    if w_globals is space.w_None:
        w_globals = caller.w_globals
        if w_locals is space.w_None:
            w_locals = frame_locals(caller)
    elif not isinstance(w_globals, W_DictObject):
        raise oefmt(exc.w_TypeError, "%s() globals must be a dict, not %s" %
                    (fname, space.type_name(w_globals)))
    if w_locals is space.w_None:
        w_locals = w_globals
    code = _get_code(w_source, mode, fname)
    assert isinstance(w_globals, W_DictObject)
    if w_globals.getitem_str('__builtins__') is None:
        w_globals.setitem_str('__builtins__', ec.w_builtins)
    cells_w = None
    if w_closure is not None:
        from fastpy.compiler.code import W_Code
        if not isinstance(w_source, W_Code) and \
                w_closure is not space.w_None:
            raise oefmt(exc.w_TypeError, "closure can only be used when "
                        "source is a code object")
        cells_w = _closure_cells(code, w_closure)
    w_globals.used_as_globals()
    frame = Frame(code, w_globals)
    if w_locals is not w_globals:
        frame.w_locals = w_locals
    if cells_w is not None:
        base = code.co_nvarnames + code.co_ncells
        for i in range(len(cells_w)):
            frame.store_local(base + i, cells_w[i])
    # The frame borrows the dicts: hold them while it runs.
    refcount.incref(w_globals)
    refcount.incref(w_locals)
    try:
        w_result = execute_frame(frame)
    finally:
        refcount.decref(w_locals)
        refcount.decref(w_globals)
    return w_result


@frame_builtin('eval(source, globals=None, locals=None, /)')
def builtin_eval(w_source, w_globals, w_locals):
    return _run(w_source, w_globals, w_locals, 'eval', 'eval')


@frame_builtin('exec(source, globals=None, locals=None, /, *, '
               'closure=None)')
def builtin_exec(w_source, w_globals, w_locals, w_closure):
    w_result = _run(w_source, w_globals, w_locals, 'exec', 'exec', w_closure)
    refcount.discard(w_result)
    return space.w_None


BUILTINS = [builtin_globals.w_func, builtin_locals.w_func,
            builtin_eval.w_func, builtin_exec.w_func]
