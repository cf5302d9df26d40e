"""THE instruction table.  Every consumer (code generator, stack-depth
computation, disassembler, interpreter) reads it from here.

An instruction is two ints in the code list: opcode, argument.  Jump
arguments are absolute positions in that list.  Columns:
  name, stack effect when falling through (None: computed from the arg by
  stack_effect()), jump kind (NO_JUMP, JUMP: argument is a target).
"""

NO_JUMP, JUMP = 0, 1

OPCODE_TABLE = [
    # name                 effect  jump     semantics
    ('NOP',                 0,  NO_JUMP),  # nothing
    ('POP_TOP',            -1,  NO_JUMP),  # pop TOS
    ('DUP_TOP',             1,  NO_JUMP),  # push TOS again
    ('DUP_TOP_TWO',         2,  NO_JUMP),  # push TOS1, TOS again
    ('ROT_TWO',             0,  NO_JUMP),  # swap TOS and TOS1
    ('ROT_THREE',           0,  NO_JUMP),  # TOS -> below TOS2
    ('SWAP',                0,  NO_JUMP),  # exchange TOS and the arg-th entry (1 is TOS)
    ('LOAD_CONST',          1,  NO_JUMP),  # push consts[arg]
    ('LOAD_FAST',           1,  NO_JUMP),  # push local arg (UnboundLocalError if unset)
    ('STORE_FAST',         -1,  NO_JUMP),  # local arg = pop
    ('DELETE_FAST',         0,  NO_JUMP),  # unset local arg
    ('LOAD_GLOBAL',         1,  NO_JUMP),  # push globals/builtins[names[arg]]
    ('STORE_GLOBAL',       -1,  NO_JUMP),  # globals[names[arg]] = pop
    ('DELETE_GLOBAL',       0,  NO_JUMP),  # del globals[names[arg]]
    ('LOAD_ATTR',           0,  NO_JUMP),  # TOS = TOS.names[arg]
    ('BINARY_OP',          -1,  NO_JUMP),  # TOS = TOS1 <op arg> TOS
    ('UNARY_NEGATIVE',      0,  NO_JUMP),  # TOS = -TOS
    ('UNARY_POSITIVE',      0,  NO_JUMP),  # TOS = +TOS
    ('UNARY_INVERT',        0,  NO_JUMP),  # TOS = ~TOS
    ('UNARY_NOT',           0,  NO_JUMP),  # TOS = not TOS
    ('COMPARE_OP',         -1,  NO_JUMP),  # TOS = TOS1 <cmp arg> TOS
    ('BINARY_SUBSCR',      -1,  NO_JUMP),  # TOS = TOS1[TOS]
    ('STORE_SUBSCR',       -3,  NO_JUMP),  # TOS1[TOS] = TOS2
    ('DELETE_SUBSCR',      -2,  NO_JUMP),  # del TOS1[TOS]
    ('BUILD_LIST',       None,  NO_JUMP),  # list of arg items
    ('BUILD_TUPLE',      None,  NO_JUMP),  # tuple of arg items
    ('BUILD_MAP',        None,  NO_JUMP),  # dict of arg key/value pairs
    ('BUILD_SLICE',      None,  NO_JUMP),  # slice(start, stop[, step]); arg 2 or 3
    ('UNPACK_SEQUENCE',  None,  NO_JUMP),  # push arg items of TOS, first on top
    ('JUMP_FORWARD',        0,  JUMP),     # pc = arg
    ('JUMP_BACKWARD',       0,  JUMP),     # pc = arg (a loop: JIT entry point)
    ('POP_JUMP_IF_FALSE',  -1,  JUMP),     # if not pop: pc = arg
    ('POP_JUMP_IF_TRUE',   -1,  JUMP),     # if pop: pc = arg
    ('JUMP_IF_FALSE_OR_POP', -1, JUMP),    # if not TOS: pc = arg else pop
    ('JUMP_IF_TRUE_OR_POP',  -1, JUMP),    # if TOS: pc = arg else pop
    ('GET_ITER',            0,  NO_JUMP),  # TOS = iter(TOS)
    ('FOR_ITER',            1,  JUMP),     # push next(TOS), or pop TOS and pc = arg
    ('CALL',             None,  NO_JUMP),  # call with arg positional args
    ('CALL_KW',          None,  NO_JUMP),  # arg args, TOS = tuple of keyword names
    ('MAKE_FUNCTION',    None,  NO_JUMP),  # function from TOS code; arg flags (MAKE_*) say which of defaults tuple, kwdefaults dict, closure tuple lie below it
    ('RETURN_VALUE',       -1,  NO_JUMP),  # return pop
    # The import system (interpreter/importing.py)
    ('IMPORT_NAME',        -1,  NO_JUMP),  # TOS1 level, TOS fromlist -> module names[arg] (__import__)
    ('IMPORT_FROM',         1,  NO_JUMP),  # push TOS.names[arg] (or the submodule; ImportError)
    ('IMPORT_STAR',        -1,  NO_JUMP),  # bind the public names of pop in the namespace
    ('PRINT_EXPR',         -1,  NO_JUMP),  # interactive: print repr(pop) unless None
    # Generators and coroutines (interpreter/generator.py)
    ('YIELD_VALUE',         0,  NO_JUMP),  # suspend, yielding pop; resume: push sent value
    ('GET_YIELD_FROM_ITER', 0,  NO_JUMP),  # TOS = iter(TOS), generators/coroutines as they are
    ('YIELD_FROM',         -1,  NO_JUMP),  # send pop to TOS; suspend here while it yields, else TOS = its return value
    ('GET_AWAITABLE',       0,  NO_JUMP),  # TOS = the iterator `await TOS` drives (arg 1: after __aenter__, 2: after __aexit__)
    ('GET_AITER',           0,  NO_JUMP),  # TOS = TOS.__aiter__()
    ('GET_ANEXT',           1,  NO_JUMP),  # push awaitable of TOS.__anext__()
    ('ASYNC_FOR_SEND',   None,  JUMP),     # YIELD_FROM; StopAsyncIteration: pop awaitable and aiter, pc = arg
    ('BEFORE_ASYNC_WITH',   1,  NO_JUMP),  # mgr -> bound mgr.__aexit__, mgr.__aenter__()
    # Functions and scopes: arg of the *_DEREF/CLOSURE ops is a frame slot
    # (co_nvarnames + cell index, or + co_ncells + free index)
    ('MAKE_CELL',           0,  NO_JUMP),  # slot arg = new cell (holding the parameter co_cell2arg says, if any)
    ('LOAD_DEREF',          1,  NO_JUMP),  # push the contents of cell slot arg
    ('STORE_DEREF',        -1,  NO_JUMP),  # cell slot arg contents = pop
    ('DELETE_DEREF',        0,  NO_JUMP),  # empty cell slot arg
    ('LOAD_CLOSURE',        1,  NO_JUMP),  # push the cell in slot arg itself
    ('BUILD_SET',        None,  NO_JUMP),  # set of arg items
    ('LIST_APPEND',        -1,  NO_JUMP),  # v = pop; list at peek(arg-1).append(v)
    ('SET_ADD',            -1,  NO_JUMP),  # v = pop; set at peek(arg-1).add(v)
    ('MAP_ADD',            -2,  NO_JUMP),  # v = pop, k = pop; dict at peek(arg-1)[k] = v
    ('LIST_EXTEND',        -1,  NO_JUMP),  # v = pop; list at peek(arg-1).extend(v)
    ('SET_UPDATE',         -1,  NO_JUMP),  # v = pop; set at peek(arg-1).update(v)
    ('DICT_UPDATE',        -1,  NO_JUMP),  # v = pop; dict at peek(arg-1).update(v) ({**v})
    ('DICT_MERGE',         -1,  NO_JUMP),  # as DICT_UPDATE for f(**v): duplicate keys are errors; the callee is at peek(arg+1)
    ('LIST_TO_TUPLE',       0,  NO_JUMP),  # TOS = tuple(TOS)
    ('CALL_FUNCTION_EX', None,  NO_JUMP),  # f(*TOS) (arg 0) or f(*TOS1, **TOS) (arg 1); f below them
    ('UNPACK_EX',        None,  NO_JUMP),  # a, *b, c = TOS: arg = before + 256 * after; pushes before+1+after items, first on top
    # Classes, attributes and method calls (interpreter/classbody.py,
    # interpreter/methodcall.py)
    ('LOAD_BUILD_CLASS',    1,  NO_JUMP),  # push builtins.__build_class__
    ('LOAD_NAME',           1,  NO_JUMP),  # push names[arg] from the frame's locals dict, globals, builtins
    ('STORE_NAME',         -1,  NO_JUMP),  # locals dict[names[arg]] = pop
    ('DELETE_NAME',         0,  NO_JUMP),  # del locals dict[names[arg]]
    ('LOAD_CLASSDEREF',     1,  NO_JUMP),  # class body: push locals dict[name of cell slot arg], else the cell's contents
    ('SETUP_ANNOTATIONS',   0,  NO_JUMP),  # locals dict['__annotations__'] = {} unless the namespace has one
    ('STORE_ATTR',         -2,  NO_JUMP),  # TOS.names[arg] = TOS1; pop both
    ('DELETE_ATTR',        -1,  NO_JUMP),  # del TOS.names[arg]; pop
    ('LOAD_METHOD',         1,  NO_JUMP),  # TOS = obj -> (function, obj) for a method found on the type, else (NULL, obj.names[arg])
    ('CALL_METHOD',      None,  NO_JUMP),  # after LOAD_METHOD + arg args: call function(obj, args) or attr(args)
    # Exceptions (interpreter/excrt.py).  No SETUP_* instructions: the
    # code object's exception table maps instruction ranges to handlers,
    # which start with the exception pushed on the stack cut back to the
    # entry's depth (compiler/exctable.py).
    ('PUSH_EXC_INFO',       1,  NO_JUMP),  # exc -> previously handled exc (or None), exc; exc is now the handled one (sys.exception())
    ('POP_EXCEPT',         -1,  NO_JUMP),  # the handled exception becomes pop again
    ('CHECK_EXC_MATCH',     0,  NO_JUMP),  # TOS = does exception TOS1 match TOS (a class or tuple of classes)
    ('CHECK_EG_MATCH',      0,  NO_JUMP),  # except*: group TOS1, type TOS -> rest, matching part (None if nothing matches)
    ('PREP_RERAISE_STAR',  -1,  NO_JUMP),  # except*: original TOS1, list TOS of raised/unhandled -> what to reraise or None
    ('RERAISE',            -1,  NO_JUMP),  # raise pop again (no traceback entry for this frame, context kept)
    ('RAISE_VARARGS',    None,  NO_JUMP),  # arg 0: reraise the handled exception; 1: raise pop; 2: raise TOS1 from TOS
    ('LOAD_ASSERTION_ERROR', 1, NO_JUMP),  # push AssertionError
    ('BEFORE_WITH',         1,  NO_JUMP),  # mgr -> bound mgr.__exit__, mgr.__enter__()
    ('WITH_EXCEPT_START',   1,  NO_JUMP),  # exit, prev, exc -> exit, prev, exc, exit(type(exc), exc, exc.__traceback__)
    ('COPY',                1,  NO_JUMP),  # push the arg-th entry again (1 is TOS)
    ('POP_JUMP_IF_NONE',   -1,  JUMP),     # if pop is None: pc = arg
    ('POP_JUMP_IF_NOT_NONE', -1, JUMP),    # if pop is not None: pc = arg
    # Pattern matching (compiler/matchgen.py, interpreter/matchrt.py)
    ('MATCH_CLASS',        -2,  NO_JUMP),  # subject, cls, names tuple -> tuple of arg positional + len(names) keyword attributes, or None
    ('MATCH_MAPPING',       1,  NO_JUMP),  # push: is TOS a mapping (a dict)
    ('MATCH_SEQUENCE',      1,  NO_JUMP),  # push: is TOS a sequence (list, tuple, range; not str/bytes/bytearray)
    ('MATCH_KEYS',          1,  NO_JUMP),  # subject TOS1, keys tuple TOS: push tuple of TOS1.get(key) per key, or None if one is missing
    ('GET_LEN',             1,  NO_JUMP),  # push len(TOS)
    # f-strings (parser/fstring.py, interpreter/formatrt.py)
    ('FORMAT_VALUE',     None,  NO_JUMP),  # TOS = format(conv(value), spec); arg & 3: conversion (FVC_*), arg & 4: a spec str is TOS above the value
    ('BUILD_STRING',     None,  NO_JUMP),  # concatenation of the arg strs on top
]

VARIABLE = -1000      # marker: the effect depends on the argument
OPNAMES = [row[0] for row in OPCODE_TABLE]
# Flat per-column lists: what run-time (RPython) code reads.
FIXED_EFFECTS = [VARIABLE if row[1] is None else row[1]
                 for row in OPCODE_TABLE]
JUMP_KINDS = [row[2] for row in OPCODE_TABLE]
for _num, _row in enumerate(OPCODE_TABLE):
    globals()[_row[0]] = _num
del _num, _row


# FORMAT_VALUE argument (CPython's values): conversion in the low bits,
# FVS_HAVE_SPEC when a format spec is on the stack.
FVC_NONE, FVC_STR, FVC_REPR, FVC_ASCII = 0, 1, 2, 3
FVC_MASK = 0x3
FVS_HAVE_SPEC = 0x4

# MAKE_FUNCTION flags (CPython's values)
MAKE_DEFAULTS = 0x01
MAKE_KWDEFAULTS = 0x02
MAKE_CLOSURE = 0x08


def has_jump(op):
    return JUMP_KINDS[op] == JUMP


def stack_effect(op, arg, jumping=False):
    """Net change of the stack depth.  For jumps, `jumping` selects the
    effect along the taken edge."""
    if op == FOR_ITER:
        return -1 if jumping else 1
    if op == JUMP_IF_FALSE_OR_POP or op == JUMP_IF_TRUE_OR_POP:
        return 0 if jumping else -1
    if op == ASYNC_FOR_SEND:
        return -3 if jumping else -1
    effect = FIXED_EFFECTS[op]
    if effect != VARIABLE:
        return effect
    if op == BUILD_LIST or op == BUILD_TUPLE or op == BUILD_SLICE:
        return 1 - arg
    if op == BUILD_MAP:
        return 1 - 2 * arg
    if op == UNPACK_SEQUENCE:
        return arg - 1
    if op == CALL:
        return -arg
    if op == CALL_KW:
        return -arg - 1
    if op == MAKE_FUNCTION:
        return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 3) & 1))
    if op == BUILD_SET:
        return 1 - arg
    if op == CALL_FUNCTION_EX:
        return -1 - (arg & 1)
    if op == UNPACK_EX:
        return (arg & 0xff) + (arg >> 8)
    if op == CALL_METHOD:
        return -arg - 1
    if op == RAISE_VARARGS:
        return -arg
    if op == FORMAT_VALUE:
        return -1 if arg & FVS_HAVE_SPEC else 0
    if op == BUILD_STRING:
        return 1 - arg
    raise ValueError(OPNAMES[op])


def ends_block(op):
    """Control never falls through to the next instruction."""
    return (op == RETURN_VALUE or op == JUMP_FORWARD or op == JUMP_BACKWARD
            or op == RERAISE or op == RAISE_VARARGS)
