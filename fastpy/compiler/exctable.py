"""The exception table of a code object (CPython 3.11's zero-cost
exception handling).

W_Code.co_exctable holds four ints per entry: start, end (instruction
positions in co_code, end excluded), the handler's position, and the
stack depth (above the locals) the handler expects before the exception
is pushed.  Entries never overlap: each instruction has at most one,
innermost, handler.  `find_handler(code, pc)` depends only on the
immutable code object and the position, so it is elidable and works as
well for a frame resumed in the middle of its code (generators).
"""

from rpython.rlib import jit
from fastpy.compiler import opcodes as op

ENTRY_SIZE = 4


class Handler(object):
    """A handler while compiling: its entry label, the code position whose
    stack depth (plus depth_offset) the handler restores."""

    def __init__(self, label, setup_pos, depth_offset):
        self.label = label
        self.setup_pos = setup_pos
        self.depth_offset = depth_offset


@jit.elidable
def find_handler(code, pc):
    """Index of the table entry covering pc, or -1."""
    table = code.co_exctable
    i = 0
    n = len(table)
    while i < n:
        if table[i] <= pc < table[i + 1]:
            return i
        i += ENTRY_SIZE
    return -1


def build(code, labels, handlers, segments):
    """Walk the stack depths of `code` (jump arguments already resolved
    to positions), seeding each handler once the depth at its setup
    position is known.  Returns (max stack depth, flat table)."""
    n = len(code)
    depth_at = [-1] * (n + 2)
    depth_at[0] = 0
    handler_depth = [-1] * len(handlers)
    todo = [0]
    max_depth = 0
    while True:
        max_depth = _walk(code, depth_at, todo, max_depth)
        seeded = False
        for h in range(len(handlers)):
            handler = handlers[h]
            if handler_depth[h] >= 0:
                continue
            if handler.setup_pos >= n or depth_at[handler.setup_pos] < 0:
                continue
            depth = depth_at[handler.setup_pos] + handler.depth_offset
            assert depth >= 0
            handler_depth[h] = depth
            target = labels[handler.label]
            assert target >= 0
            if depth_at[target] < 0:
                depth_at[target] = depth + 1      # the exception
                if depth + 1 > max_depth:
                    max_depth = depth + 1
                todo.append(target)
                seeded = True
        if not seeded:
            break
    table = []
    for i in range(0, len(segments), 3):
        h = segments[i + 2]
        if handler_depth[h] < 0:
            continue            # unreachable code
        table.append(segments[i])
        table.append(segments[i + 1])
        table.append(labels[handlers[h].label])
        table.append(handler_depth[h])
    return max_depth, table


def _walk(code, depth_at, todo, max_depth):
    n = len(code)
    while todo:
        pc = todo.pop()
        depth = depth_at[pc]
        while pc < n:
            opcode = code[pc]
            arg = code[pc + 1]
            if op.has_jump(opcode):
                target_depth = depth + op.stack_effect(opcode, arg, True)
                if depth_at[arg] < 0:
                    depth_at[arg] = target_depth
                    todo.append(arg)
                if target_depth > max_depth:
                    max_depth = target_depth
            depth += op.stack_effect(opcode, arg, False)
            if depth > max_depth:
                max_depth = depth
            if op.ends_block(opcode):
                break
            pc += 2
            if depth_at[pc] >= 0:
                break
            depth_at[pc] = depth
    return max_depth
