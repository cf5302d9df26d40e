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
    ('MAKE_FUNCTION',    None,  NO_JUMP),  # function from TOS code and arg defaults
    ('RETURN_VALUE',       -1,  NO_JUMP),  # return pop
    ('IMPORT_NAME',         1,  NO_JUMP),  # push module names[arg]
    ('PRINT_EXPR',         -1,  NO_JUMP),  # interactive: print repr(pop) unless None
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


def has_jump(op):
    return JUMP_KINDS[op] == JUMP


def stack_effect(op, arg, jumping=False):
    """Net change of the stack depth.  For jumps, `jumping` selects the
    effect along the taken edge."""
    if op == FOR_ITER:
        return -1 if jumping else 1
    if op == JUMP_IF_FALSE_OR_POP or op == JUMP_IF_TRUE_OR_POP:
        return 0 if jumping else -1
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
        return -arg
    raise ValueError(OPNAMES[op])
