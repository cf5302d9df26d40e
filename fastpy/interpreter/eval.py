"""The dispatch loop: one if/elif chain over the instruction table, one
method per opcode named like the opcode.

Stack discipline for reference counts (objspace/refcount.py): a handler
reads its operands with peek, computes its result, and then replaces the
operands with the result (`frame.replace_top`), so the result is counted
before an operand that owns it can be released.  Errors leaving an instruction record a traceback
entry for this frame and release the frame's slots.
"""

from rpython.rlib import jit
from rpython.rlib.rstackovf import StackOverflow

from fastpy import config
from fastpy.compiler import opcodes as op
from fastpy.compiler.code import (W_Code, CO_GENERATOR_KINDS, CO_VARARGS,
                                  CO_VARKEYWORDS)
from fastpy.interpreter.error import OperationError, oefmt
from fastpy.objspace.excfields import name_error
from fastpy.interpreter.frame import Frame
from fastpy.interpreter import excrt
from fastpy.interpreter import generator
from fastpy.interpreter import tracing
from fastpy.interpreter import importing
from fastpy.interpreter.jitdriver import jitdriver
from fastpy.interpreter import argmatch, funcops
from fastpy.interpreter import classbody, methodcall, instantiate
from fastpy.modules.frameaccess import W_FrameBuiltin
from fastpy.interpreter import matchrt
from fastpy.interpreter import formatrt
from fastpy.interpreter.function import (W_Function, W_BuiltinFunction,
                                         W_BoundMethod, Arguments)
from fastpy.objspace import space, refcount
from fastpy.modules import signalmodule
from fastpy.objspace import sizelimits
from fastpy.objspace import typemethods
from fastpy.objspace import exceptions as exc
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.listobject import W_ListObject, newlist
from fastpy.objspace.intobject import W_IntObject
from fastpy.objspace.dictobject import W_DictObject, GlobalEntry, newdict
from fastpy.objspace.sliceobject import W_SliceObject
from fastpy.objspace.strobject import W_StrObject


class ExecutionContext(object):
    """Interpreter-wide state: call depth and the builtins namespace."""
    _immutable_fields_ = ['recursion_limit?']

    def __init__(self):
        self.depth = 0
        self.w_builtins = None      # W_ModuleDict, set by the builtins module
        # The frame calling a W_FrameBuiltin (frameaccess.py), during
        # the call only.
        self.caller_frame = None
        # sys.setrecursionlimit() (quasi-immutable: a constant in traces)
        self.recursion_limit = config.RECURSION_LIMIT
        # The running frame, as a virtual reference: reading it forces
        # the frame out of a trace, which only sys._getframe() does.
        self.topframeref = jit.vref_None

    def enter(self, frame):
        """frame starts (or resumes) running, called by the top frame."""
        frame.f_backref = self.topframeref
        self.topframeref = jit.virtual_ref(frame)

    def leave(self, frame):
        """frame returns, raises or suspends: its caller is on top again."""
        frame_vref = self.topframeref
        self.topframeref = frame.f_backref
        if frame.escaped:
            # The program holds this frame: its f_back must outlive the
            # call too, so the caller's reference is forced when it ends.
            f_back = frame.f_backref()
            if f_back is not None:
                f_back.escaped = True
            frame_vref()
        jit.virtual_ref_finish(frame_vref, frame)

    def running_frame(self):
        """The running frame (forced out of a trace), not marked as held
        by the program: for builtins that use it during the call only."""
        return self.topframeref()

    def getframe(self, depth):
        """The frame `depth` calls below the running one, or None; it
        is marked as held by the program."""
        frame = self.topframeref()
        while depth > 0 and frame is not None:
            frame = frame.f_backref()
            depth -= 1
        if frame is not None:
            frame.escaped = True
        return frame

ec = ExecutionContext()


def execute_frame(frame):
    """Run a frame to completion and return its result (borrowed).  The
    frame of a generator, coroutine or async generator function is not
    run: it goes into a new generator object (generator.py)."""
    if frame.code.co_flags & CO_GENERATOR_KINDS:
        return generator.new_generator(frame)
    if ec.depth >= ec.recursion_limit:
        frame.release()
        raise oefmt(exc.w_RecursionError,
                    "maximum recursion depth exceeded")
    ec.depth += 1
    ec.enter(frame)
    try:
        try:
            return dispatch(frame, 0, None)
        except StackOverflow:
            frame.release()
            raise oefmt(exc.w_RecursionError,
                        "maximum recursion depth exceeded")
    finally:
        ec.leave(frame)
        ec.depth -= 1


def dispatch(frame, pc, operr):
    """Run frame from pc until it returns, or, for a generator's frame,
    until it suspends (generator.py).  `operr`: an exception thrown into
    a resumed generator (throw()), raised at pc before anything runs."""
    code = frame.code
    if tracing.state.active:
        try:
            tracing.call_event(frame, pc)
        except OperationError:
            frame.end()         # the frame does not run (exit_unwind)
            raise
    if operr is not None:
        pc = generator.raise_at_resume(frame, code, pc, operr)
    while True:
        jitdriver.jit_merge_point(pc=pc, code=code, frame=frame)
        frame.last_pc = pc
        opcode = code.co_code[pc]
        arg = code.co_code[pc + 1]
        try:
            if tracing.state.active:
                tracing.instruction(frame, code, pc)
            if opcode == op.RETURN_VALUE:
                if tracing.state.active:
                    tracing.return_event(frame, frame.peek(0))
                # The result leaves with the stack's reference, which is
                # then disowned: the caller gets a temporary (refcount.py).
                w_result = frame.pop_owned()
                frame.end()
                refcount.disown(w_result)
                return w_result
            elif opcode == op.YIELD_VALUE:
                if tracing.state.active:
                    tracing.return_event(frame, frame.peek(0))
                return generator.suspend(frame, pc + 2,
                                         generator.SUSPEND_YIELD)
            elif opcode == op.YIELD_FROM or opcode == op.ASYNC_FOR_SEND:
                next_pc = generator.YIELD_FROM(frame, pc, opcode, arg)
                if next_pc < 0:
                    # The delegate yielded: its value is on the stack.
                    if tracing.state.active:
                        tracing.return_event(frame, frame.peek(0))
                    return generator.suspend(frame, pc,
                                             generator.SUSPEND_DELEGATE)
            else:
                next_pc = execute_instruction(frame, code, pc, opcode, arg)
        except OperationError as e:
            # Zero-cost handlers: the exception table is read only here.
            next_pc = excrt.handle_exception(frame, code, pc, e)
            if next_pc < 0:
                raise            # the frame was released
        except MemoryError:
            # An allocation too big for the heap that sizelimits.py did
            # not refuse first: a Python MemoryError, not a fatal error.
            e = sizelimits.memory_error()
            next_pc = excrt.handle_exception(frame, code, pc, e)
            if next_pc < 0:
                raise e
        if opcode == op.JUMP_BACKWARD:
            jitdriver.can_enter_jit(pc=next_pc, code=code, frame=frame)
        pc = next_pc


@jit.unroll_safe
def execute_instruction(frame, code, pc, opcode, arg):
    """Execute one instruction; return the position of the next one."""
    next_pc = pc + 2
    if opcode == op.LOAD_FAST:
        LOAD_FAST(frame, code, arg)
    elif opcode == op.LOAD_CONST:
        frame.push(code.co_consts_w[arg])
    elif opcode == op.STORE_FAST:
        frame.store_local_owned(arg, frame.pop_owned())
    elif opcode == op.BINARY_OP:
        w_b = frame.peek(0)
        w_a = frame.peek(1)
        frame.replace_top(2, space.binary_op(arg, w_a, w_b))
    elif opcode == op.COMPARE_OP:
        w_b = frame.peek(0)
        w_a = frame.peek(1)
        frame.replace_top(2, space.compare(arg, w_a, w_b))
    elif opcode == op.JUMP_BACKWARD:
        next_pc = arg
        signalmodule.check_at_loop()        # Ctrl-C in a loop
    elif opcode == op.JUMP_FORWARD:
        next_pc = arg
    elif opcode == op.POP_JUMP_IF_FALSE:
        if not space.is_true(frame.peek(0)):
            next_pc = arg
        frame.pop()
    elif opcode == op.POP_JUMP_IF_TRUE:
        if space.is_true(frame.peek(0)):
            next_pc = arg
        frame.pop()
    elif opcode == op.JUMP_IF_FALSE_OR_POP:
        if not space.is_true(frame.peek(0)):
            next_pc = arg
        else:
            frame.pop()
    elif opcode == op.JUMP_IF_TRUE_OR_POP:
        if space.is_true(frame.peek(0)):
            next_pc = arg
        else:
            frame.pop()
    elif opcode == op.FOR_ITER:
        w_item = space.next_w(frame.peek(0))
        if w_item is None:
            frame.pop()
            next_pc = arg
        else:
            frame.push(w_item)
    elif opcode == op.LOAD_GLOBAL:
        LOAD_GLOBAL(frame, code, arg)
    elif opcode == op.STORE_GLOBAL:
        STORE_GLOBAL(frame, code, arg)
    elif opcode == op.DELETE_GLOBAL:
        if not frame.w_globals.delitem(code.co_names_w[arg]):
            raise name_error("name '%s' is not defined" %
                             code.co_names[arg], code.co_names[arg])
    elif opcode == op.DELETE_FAST:
        if frame.load_local(arg) is None:
            raise_unbound_local(code, arg)
        frame.store_local(arg, None)
    elif opcode == op.POP_TOP:
        frame.pop()
    elif opcode == op.DUP_TOP:
        frame.push_copy(0)
    elif opcode == op.DUP_TOP_TWO:
        frame.push_copy(1)
        frame.push_copy(1)
    elif opcode == op.ROT_TWO:
        frame.swap(1)
    elif opcode == op.SWAP:
        frame.swap(arg - 1)
    elif opcode == op.ROT_THREE:
        # a b c -> c a b
        frame.swap(2)
        frame.swap(1)
    elif opcode == op.CALL:
        CALL(frame, arg)
    elif opcode == op.CALL_KW:
        CALL_KW(frame, arg)
    elif opcode == op.LOAD_ATTR:
        w_obj = frame.peek(0)
        frame.replace_top(1, space.getattr_w(w_obj, code.co_names[arg]))
    elif opcode == op.LOAD_METHOD:
        methodcall.LOAD_METHOD(frame, code, arg)
    elif opcode == op.CALL_METHOD:
        methodcall.CALL_METHOD(frame, arg)
    elif opcode == op.STORE_ATTR:
        methodcall.STORE_ATTR(frame, code, arg)
    elif opcode == op.DELETE_ATTR:
        methodcall.DELETE_ATTR(frame, code, arg)
    elif opcode == op.LOAD_NAME:
        classbody.LOAD_NAME(frame, code, arg)
    elif opcode == op.STORE_NAME:
        classbody.STORE_NAME(frame, code, arg)
    elif opcode == op.SETUP_ANNOTATIONS:
        classbody.SETUP_ANNOTATIONS(frame)
    elif opcode == op.DELETE_NAME:
        classbody.DELETE_NAME(frame, code, arg)
    elif opcode == op.LOAD_CLASSDEREF:
        classbody.LOAD_CLASSDEREF(frame, code, arg)
    elif opcode == op.LOAD_BUILD_CLASS:
        classbody.LOAD_BUILD_CLASS(frame)
    elif opcode == op.BINARY_SUBSCR:
        w_index = frame.peek(0)
        w_obj = frame.peek(1)
        frame.replace_top(2, space.getitem(w_obj, w_index))
    elif opcode == op.STORE_SUBSCR:
        STORE_SUBSCR(frame)
    elif opcode == op.DELETE_SUBSCR:
        space.delitem(frame.peek(1), frame.peek(0))
        frame.popn(2)
    elif opcode == op.UNARY_NEGATIVE:
        frame.set_top(0, space.unary_neg(frame.peek(0)))
    elif opcode == op.UNARY_POSITIVE:
        frame.set_top(0, space.unary_pos(frame.peek(0)))
    elif opcode == op.UNARY_INVERT:
        frame.set_top(0, space.unary_invert(frame.peek(0)))
    elif opcode == op.UNARY_NOT:
        frame.set_top(0, space.newbool(not space.is_true(frame.peek(0))))
    elif opcode == op.GET_ITER:
        frame.set_top(0, space.get_iter(frame.peek(0)))
    elif opcode == op.BUILD_LIST:
        frame.replace_top(arg, newlist(collect_items(frame, arg)))
    elif opcode == op.BUILD_TUPLE:
        frame.replace_top(arg, W_TupleObject(collect_tuple_items(frame,
                                                                 arg)))
    elif opcode == op.BUILD_MAP:
        BUILD_MAP(frame, arg)
    elif opcode == op.BUILD_SLICE:
        BUILD_SLICE(frame, arg)
    elif opcode == op.UNPACK_SEQUENCE:
        UNPACK_SEQUENCE(frame, arg)
    elif opcode == op.MAKE_FUNCTION:
        funcops.MAKE_FUNCTION(frame, arg)
    elif opcode == op.IMPORT_NAME:
        IMPORT_NAME(frame, code, arg)
    elif opcode == op.IMPORT_FROM:
        IMPORT_FROM(frame, code, arg)
    elif opcode == op.IMPORT_STAR:
        IMPORT_STAR(frame)
    elif opcode == op.PRINT_EXPR:
        PRINT_EXPR(frame)
    elif opcode == op.NOP:
        pass
    elif opcode == op.PUSH_EXC_INFO:           # exceptions: excrt.py
        excrt.PUSH_EXC_INFO(frame)
    elif opcode == op.POP_EXCEPT:
        excrt.POP_EXCEPT(frame)
    elif opcode == op.CHECK_EXC_MATCH:
        excrt.CHECK_EXC_MATCH(frame)
    elif opcode == op.RERAISE:
        excrt.RERAISE(frame, arg)
    elif opcode == op.RAISE_VARARGS:
        excrt.RAISE_VARARGS(frame, arg)
    elif opcode == op.LOAD_ASSERTION_ERROR:
        excrt.LOAD_ASSERTION_ERROR(frame)
    elif opcode == op.COPY:
        excrt.COPY(frame, arg)
    elif opcode == op.BEFORE_WITH:
        excrt.BEFORE_WITH(frame)
    elif opcode == op.WITH_EXCEPT_START:
        excrt.WITH_EXCEPT_START(frame)
    elif opcode == op.CHECK_EG_MATCH:
        excrt.CHECK_EG_MATCH(frame)
    elif opcode == op.PREP_RERAISE_STAR:
        excrt.PREP_RERAISE_STAR(frame)
    elif opcode == op.POP_JUMP_IF_NONE:
        if frame.peek(0) is space.w_None:
            next_pc = arg
        frame.pop()
    elif opcode == op.POP_JUMP_IF_NOT_NONE:
        if frame.peek(0) is not space.w_None:
            next_pc = arg
        frame.pop()
    elif opcode == op.LOAD_DEREF:
        funcops.LOAD_DEREF(frame, code, arg)
    elif opcode == op.STORE_DEREF:
        funcops.STORE_DEREF(frame, arg)
    elif opcode == op.LOAD_CLOSURE:
        funcops.LOAD_CLOSURE(frame, arg)
    elif opcode == op.MAKE_CELL:
        funcops.MAKE_CELL(frame, code, arg)
    elif opcode == op.DELETE_DEREF:
        funcops.DELETE_DEREF(frame, code, arg)
    elif opcode == op.LIST_APPEND:
        funcops.LIST_APPEND(frame, arg)
    elif opcode == op.MAP_ADD:
        funcops.MAP_ADD(frame, arg)
    elif opcode == op.SET_ADD:
        funcops.SET_ADD(frame, arg)
    elif opcode == op.BUILD_SET:
        funcops.BUILD_SET(frame, arg)
    elif opcode == op.LIST_EXTEND:
        funcops.LIST_EXTEND(frame, arg)
    elif opcode == op.SET_UPDATE:
        funcops.SET_UPDATE(frame, arg)
    elif opcode == op.DICT_UPDATE:
        funcops.DICT_UPDATE(frame, arg)
    elif opcode == op.DICT_MERGE:
        funcops.DICT_MERGE(frame, arg)
    elif opcode == op.LIST_TO_TUPLE:
        funcops.LIST_TO_TUPLE(frame)
    elif opcode == op.UNPACK_EX:
        funcops.UNPACK_EX(frame, arg)
    elif opcode == op.CALL_FUNCTION_EX:
        CALL_FUNCTION_EX(frame, arg)
    elif opcode == op.GET_YIELD_FROM_ITER:
        frame.set_top(0, generator.get_yield_from_iter(code, frame.peek(0)))
    elif opcode == op.GET_AWAITABLE:
        frame.set_top(0, generator.get_awaitable(frame.peek(0), arg))
    elif opcode == op.GET_AITER:
        frame.set_top(0, generator.get_aiter(frame.peek(0)))
    elif opcode == op.GET_ANEXT:
        frame.push(generator.get_anext(frame.peek(0)))
    elif opcode == op.BEFORE_ASYNC_WITH:
        generator.BEFORE_ASYNC_WITH(frame)
    elif opcode == op.MATCH_CLASS:             # pattern matching: matchrt.py
        matchrt.MATCH_CLASS(frame, arg)
    elif opcode == op.MATCH_SEQUENCE:
        matchrt.MATCH_SEQUENCE(frame)
    elif opcode == op.MATCH_MAPPING:
        matchrt.MATCH_MAPPING(frame)
    elif opcode == op.MATCH_KEYS:
        matchrt.MATCH_KEYS(frame)
    elif opcode == op.GET_LEN:
        matchrt.GET_LEN(frame)
    elif opcode == op.FORMAT_VALUE:
        formatrt.FORMAT_VALUE(frame, arg)
    elif opcode == op.BUILD_STRING:
        formatrt.BUILD_STRING(frame, arg)
    else:
        raise oefmt(exc.w_RuntimeError, "unknown opcode %d" % opcode)
    return next_pc


def LOAD_FAST(frame, code, arg):
    w_value = frame.load_local(arg)
    if w_value is None:
        raise_unbound_local(code, arg)
    # The local keeps the value alive while the entry lives (frame.py).
    frame.push_borrowed(w_value)


def STORE_SUBSCR(frame):
    w_index = frame.peek(0)
    w_obj = frame.peek(1)
    if (not w_obj.is_user and isinstance(w_obj, W_ListObject) and
            isinstance(w_index, W_IntObject)):
        # the value's stack reference moves into the list
        i = space.list_store_position(w_obj, w_index.intval)
        w_obj.setitem_owned(i, frame.take_owned(2))
    else:
        space.setitem(w_obj, w_index, frame.peek(2))
    frame.popn(3)


def raise_unbound_local(code, arg):
    raise oefmt(exc.w_UnboundLocalError,
                "cannot access local variable '%s' where it is not "
                "associated with a value" % code.co_varnames[arg])


def LOAD_GLOBAL(frame, code, arg):
    w_name = code.co_names_w[arg]
    w_globals = jit.promote(frame.w_globals)
    entry = w_globals.lookup_entry(w_name)
    if entry is None:
        w_builtins = jit.promote(ec.w_builtins)
        entry = w_builtins.lookup_entry(w_name)
    if entry is None:
        w_value = None
    elif isinstance(entry, GlobalEntry) and entry.borrowable:
        # The entry keeps the value alive (namespaceborrow.py); its
        # quasi-immutable mirror makes the value a constant.
        w_value = entry.w_stable
        if w_value is not None:
            frame.push_borrowed(w_value)
            return
    else:
        w_value = entry.w_value
    if w_value is None:
        raise name_error("name '%s' is not defined" %
                         code.co_names[arg], code.co_names[arg])
    frame.push(w_value)


def STORE_GLOBAL(frame, code, arg):
    w_name = code.co_names_w[arg]
    w_value = frame.peek(0)
    w_globals = jit.promote(frame.w_globals)
    entry = w_globals.lookup_entry(w_name)
    if entry is not None:
        entry.set_value(w_value)     # existing name: no dict operation
    else:
        w_globals.setitem(w_name, w_value)
    frame.pop()


@jit.unroll_safe
def collect_items(frame, n):
    """The top n stack entries, bottom first (still on the stack)."""
    items_w = [None] * n
    for i in range(n):
        items_w[i] = frame.peek(n - 1 - i)
    return items_w


@jit.unroll_safe
def collect_tuple_items(frame, n):
    """As collect_items, into a list only a tuple will own (fixed-size,
    as W_TupleObject requires)."""
    items_w = [None] * n
    for i in range(n):
        items_w[i] = frame.peek(n - 1 - i)
    return items_w


@jit.unroll_safe
def BUILD_MAP(frame, n):
    w_dict = newdict()
    for i in range(n):
        w_key = frame.peek(2 * (n - i) - 1)
        w_value = frame.peek(2 * (n - i) - 2)
        w_dict.setitem(w_key, w_value)
    frame.replace_top(2 * n, w_dict)


def BUILD_SLICE(frame, n):
    if n == 3:
        w_step = frame.peek(0)
        w_stop = frame.peek(1)
        w_start = frame.peek(2)
    else:
        w_step = space.w_None
        w_stop = frame.peek(0)
        w_start = frame.peek(1)
    frame.replace_top(n, W_SliceObject(w_start, w_stop, w_step))


def UNPACK_SEQUENCE(frame, n):
    """Tuples and lists are read in place (a length check and n reads in
    a trace); other iterables are collected into a list first."""
    w_seq = frame.peek(0)
    if isinstance(w_seq, W_TupleObject) and not w_seq.is_user:
        check_unpack_length(len(w_seq.items_w), n)
        unpack_tuple(frame, w_seq, n)
    elif isinstance(w_seq, W_ListObject) and not w_seq.is_user:
        check_unpack_length(w_seq.length(), n)
        unpack_list(frame, w_seq, n)
    else:
        items_w = space.iterate_or_type_error(
            w_seq, "cannot unpack non-iterable %s object")
        check_unpack_length(len(items_w), n)
        unpack_tuple(frame, newtuple(items_w), n)


def check_unpack_length(length, n):
    if length != n:
        if length > n:
            raise oefmt(exc.w_ValueError,
                        "too many values to unpack (expected %d)" % n)
        raise oefmt(exc.w_ValueError,
                    "not enough values to unpack (expected %d, got %d)" %
                    (n, length))


# Both replace TOS by its n items, the first on top.  Every item is pushed
# before the sequence is dropped, so none dies early.

@jit.unroll_safe
def unpack_tuple(frame, w_tuple, n):
    refcount.incref(w_tuple)
    frame.pop()
    i = n - 1
    while i >= 0:
        frame.push(w_tuple.items_w[i])
        i -= 1
    refcount.decref(w_tuple)


@jit.unroll_safe
def unpack_list(frame, w_list, n):
    refcount.incref(w_list)
    frame.pop()
    i = n - 1
    while i >= 0:
        frame.push(w_list.getitem(i))
        i -= 1
    refcount.decref(w_list)


def PRINT_EXPR(frame):
    """An expression statement of 'single' mode (the prompt, doctest):
    sys.displayhook(value), looked up at each use."""
    from fastpy.modules.sysmodule import _sys_attr
    from fastpy.objspace.attribute import _call
    w_hook = _sys_attr('displayhook')
    if w_hook is None:
        raise oefmt(exc.w_RuntimeError, "lost sys.displayhook")
    w_value = frame.peek(0)
    refcount.incref(w_hook)
    try:
        refcount.discard(_call(w_hook, [w_value]))
    finally:
        refcount.decref(w_hook)
    frame.pop()


def IMPORT_NAME(frame, code, arg):
    """Stack: level, fromlist -> the module (importing.py)."""
    w_module = importing.import_name(frame, code.co_names[arg],
                                     frame.peek(0), frame.peek(1))
    frame.replace_top(2, w_module)


def IMPORT_FROM(frame, code, arg):
    frame.push(importing.import_from(frame.peek(0), code.co_names[arg]))


def IMPORT_STAR(frame):
    importing.import_star(frame.peek(0), classbody.namespace(frame))
    frame.pop()


# ---------------------------------------------------------------- calls

@jit.unroll_safe
def CALL(frame, nargs):
    """Call with nargs positional arguments.  The function stays on the
    stack until the call returns; so do the arguments, except on the fast
    path for Python functions, which moves them into the new frame."""
    w_func = frame.peek(nargs)
    if isinstance(w_func, W_Function):
        code = jit.promote(w_func.code)
        if nargs == code.co_argcount and code.co_kwonlyargcount == 0 and \
                not code.co_flags & (CO_VARARGS | CO_VARKEYWORDS):
            # Fast path: exact positional match, no Arguments object.
            # The arguments move from the stack into the callee's locals
            # as they are (owned or borrowed, frame.py): no count changes.
            new_frame = argmatch.new_frame(w_func, code)
            new_frame.take_arguments(frame, nargs)
            w_result = execute_frame(new_frame)
            frame.replace_top(1, w_result)
            return
        call_with_plan(frame, w_func, code, nargs, nargs, None, 0)
        return
    elif isinstance(w_func, W_TypeObject) and \
            instantiate.call_class(frame, w_func, nargs):
        return
    elif isinstance(w_func, W_BoundMethod):
        # obj.method(args): self goes first, without an intermediate list
        # (in traces the bound method and the list stay virtual, and the
        # builtin's impl, a constant function, is inlined).
        args_w = [None] * (nargs + 1)
        args_w[0] = w_func.w_self
        for i in range(nargs):
            args_w[i + 1] = frame.peek(nargs - 1 - i)
        w_result = call_from_instruction(w_func.w_func, Arguments(args_w))
    elif isinstance(w_func, W_FrameBuiltin):   # globals(), eval(), ...
        ec.caller_frame = frame
        try:
            w_result = call_function(w_func, Arguments(collect_items(frame,
                                                                     nargs)))
        finally:
            ec.caller_frame = None
    else:
        w_result = call_from_instruction(
            w_func, Arguments(collect_items(frame, nargs)))
    frame.replace_top(nargs + 1, w_result)


@jit.unroll_safe
def CALL_KW(frame, nargs):
    w_names = frame.peek(0)
    assert isinstance(w_names, W_TupleObject)
    nkw = len(w_names.items_w)
    npos = nargs - nkw
    w_func = frame.peek(nargs + 1)
    if isinstance(w_func, W_Function):
        code = jit.promote(w_func.code)
        call_with_plan(frame, w_func, code, nargs, npos, w_names, 1)
        return
    args_w = [None] * npos
    for i in range(npos):
        args_w[i] = frame.peek(nargs - i)
    kw_names = [None] * nkw
    kw_values_w = [None] * nkw
    for i in range(nkw):
        kw_names[i] = keyword_name(w_names.items_w[i])
        kw_values_w[i] = frame.peek(nkw - i)
    args = Arguments(args_w, kw_names, kw_values_w)
    if isinstance(w_func, W_FrameBuiltin):       # exec(..., closure=...)
        ec.caller_frame = frame
        try:
            w_result = call_function(w_func, args)
        finally:
            ec.caller_frame = None
    else:
        w_result = call_from_instruction(w_func, args)
    frame.replace_top(nargs + 2, w_result)


@jit.unroll_safe
def call_with_plan(frame, w_func, code, nargs, npos, w_names, base):
    """Call a Python function with the top nargs entries above `base`
    (CALL_KW: 1, the names tuple) as arguments: npos positional ones,
    then the values of the keywords named by w_names.  The argument
    plan (argmatch.py) is a constant in traces; wrong calls take the
    slow path, which raises CPython's error."""
    plan = argmatch.get_plan(code, npos, w_names)
    if plan is not None:
        new_frame = argmatch.new_frame(w_func, code)
        ok = False
        try:
            ok = argmatch.fill_from_plan(new_frame, w_func, code, plan, frame,
                                         nargs, base)
        except OperationError:
            new_frame.release()
            raise
        if ok:
            frame.clear_entries(nargs, base)
            w_result = execute_frame(new_frame)
            frame.replace_top(nargs + 1 + base, w_result)
            return
        new_frame.release()
    args_w = [None] * npos
    for i in range(npos):
        args_w[i] = frame.peek(base + nargs - 1 - i)
    nkw = nargs - npos
    kw_names = [None] * nkw
    kw_values_w = [None] * nkw
    for i in range(nkw):
        assert isinstance(w_names, W_TupleObject)
        kw_names[i] = keyword_name(w_names.items_w[i])
        kw_values_w[i] = frame.peek(base + nkw - 1 - i)
    w_result = call_python_function(w_func, Arguments(args_w, kw_names,
                                                      kw_values_w))
    frame.replace_top(nargs + 1 + base, w_result)


def CALL_FUNCTION_EX(frame, flags):
    """f(*args) (flags 0) or f(*args, **kwargs) (flags 1)."""
    if flags & 1:
        w_kwargs = frame.peek(0)
        w_args = frame.peek(1)
        w_func = frame.peek(2)
        n = 3
    else:
        w_kwargs = None
        w_args = frame.peek(0)
        w_func = frame.peek(1)
        n = 2
    w_tuple = argmatch.star_args_tuple(w_func, w_args)
    assert isinstance(w_tuple, W_TupleObject)
    refcount.incref(w_tuple)      # holds the arguments during the call
    if isinstance(w_func, W_Function) and (
            w_kwargs is None or argmatch.is_empty_dict(w_kwargs)):
        # f(*args), or f(*args, **{}) as a wrapper forwards its own
        # (empty) **kwargs: the tuple's items go straight into the
        # callee's parameters, by the plan of their number
        code = jit.promote(w_func.code)
        try:
            w_result = call_star_with_plan(w_func, code, w_tuple.items_w)
        except OperationError:
            refcount.decref(w_tuple)
            raise
        if w_result is not None:
            frame.replace_top(n, w_result)
            refcount.decref(w_tuple)
            return
    try:
        if w_kwargs is not None:
            kw_names, kw_values_w = argmatch.kwargs_to_lists(w_kwargs)
            args = Arguments(list(w_tuple.items_w), kw_names, kw_values_w)
        else:
            args = Arguments(list(w_tuple.items_w))
        w_result = call_from_instruction(w_func, args)
    except OperationError:
        refcount.decref(w_tuple)
        raise
    frame.replace_top(n, w_result)
    refcount.decref(w_tuple)


def call_star_with_plan(w_func, code, items_w):
    """Call the Python function w_func with the positional arguments
    items_w (borrowed from the tuple of f(*args)) through the plan for
    their number; None when there is no plan (a wrong call, a default
    missing), for the slow path to raise CPython's error.  In a trace
    the number is a constant (promoted, or the length of a virtual
    tuple), so the plan is too."""
    npos = jit.promote(len(items_w))
    plan = argmatch.get_plan(code, npos, None)
    if plan is None:
        return None
    new_frame = argmatch.new_frame(w_func, code)
    ok = False
    try:
        ok = argmatch.fill_from_plan(new_frame, w_func, code, plan, None,
                                     npos, 0, items_w)
    except OperationError:
        new_frame.release()
        raise
    if not ok:
        new_frame.release()
        return None
    return execute_frame(new_frame)


@jit.elidable
def keyword_name(w_name):
    """The utf-8 name of a keyword argument.  Elidable: the names tuple
    of a call site is a constant, so in traces the name is a constant and
    matching it to a parameter (W_Code.varname_index) folds away."""
    return space.str_w(w_name).encode('utf-8')


def call_from_instruction(w_func, args):
    """call_function for a call instruction: a builtin function called
    while a profile function is set is reported to it (c_call ...)."""
    if tracing.state.active and isinstance(w_func, W_BuiltinFunction):
        return tracing.call_builtin(w_func, args)
    return call_function(w_func, args)


def call_function(w_func, args):
    """Call any callable with an Arguments bundle; returns a borrowed
    result."""
    if isinstance(w_func, W_Function):
        return call_python_function(w_func, args)
    if isinstance(w_func, W_BuiltinFunction):
        return w_func.impl(args)
    if isinstance(w_func, W_BoundMethod):
        return call_function(w_func.w_func, args.prepend(w_func.w_self))
    if isinstance(w_func, W_TypeObject):
        return typemethods.type_call(w_func, args)
    from fastpy.objspace import protocol
    return protocol.call_object(w_func, args)     # __call__ or TypeError


# Stack checks at the entry of frame execution and calls (see
# refcount.py): the call graph's cycles through them are broken there.
dispatch.insert_stack_check_here = True
execute_frame.insert_stack_check_here = True
call_function.insert_stack_check_here = True


@jit.unroll_safe
def call_python_function(w_func, args):
    code = jit.promote(w_func.code)
    frame = argmatch.new_frame(w_func, code)
    # The call holds its arguments: a temporary passed by RPython code
    # (an item just taken from an iterator, a key being hashed) would
    # otherwise be released when the frame drops its locals.  On the
    # bytecode path the pair folds away in traces.
    # (Loops here, not refcount.incref_all: the argument lists of all
    # call sites would otherwise become one list type for the annotator.)
    for w_arg in args.args_w:
        refcount.incref(w_arg)
    for w_arg in args.kw_values_w:
        refcount.incref(w_arg)
    try:
        try:
            argmatch.fill_arguments(frame, w_func, code, args)
        except OperationError:
            frame.release()
            raise
        return execute_frame(frame)
    finally:
        for w_arg in args.args_w:
            refcount.disown(w_arg)
        for w_arg in args.kw_values_w:
            refcount.disown(w_arg)


fill_arguments = argmatch.fill_arguments
