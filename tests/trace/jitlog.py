"""Parsing PYPYLOG=jit-log-opt output into loops of operations, and
jit-log-noopt output into the traces as recorded."""

import re


class Loop(object):
    def __init__(self, header, operations):
        self.header = header            # e.g. '# Loop 1 (f:3 #12 FOR_ITER) : loop with 40 ops'
        self.operations = operations    # operation lines, debug_merge_points dropped

    def opnames(self):
        return [opname(line) for line in self.operations]

    def body(self):
        """The operations after the last label: the loop proper, without
        the preamble that the optimizer peeled off."""
        last = 0
        for i, line in enumerate(self.operations):
            if opname(line) == 'label':
                last = i
        return self.operations[last:]


OP_RE = re.compile(r'^\s*(?:\+\d+:\s*)?(?:[\w\[\]]+\s*=\s*)?([a-z_0-9]+)\(')


def opname(line):
    m = OP_RE.match(line)
    return m.group(1) if m else ''


def parse_log(text):
    loops = []
    for block in re.findall(r'\{jit-log-opt-loop\n(.*?)\[[0-9a-f]+\] '
                            r'jit-log-opt-loop\}', text, re.S):
        lines = block.splitlines()
        header = lines[0] if lines else ''
        ops = [l for l in lines[1:]
               if l.strip() and not l.strip().startswith('#')
               and 'debug_merge_point' not in l]
        loops.append(Loop(header, ops))
    return loops


def parse_recorded(text):
    """Operation lines of each recorded trace (debug_merge_points
    kept: they say which function each operation belongs to)."""
    traces = []
    for block in re.findall(r'\{jit-log-noopt\n(.*?)\[[0-9a-f]+\] '
                            r'jit-log-noopt\}', text, re.S):
        traces.append([l for l in block.splitlines()[1:] if l.strip()])
    return traces


FORBIDDEN_PREFIXES = ('new', 'call', 'cond_call')


def allocations_and_calls(ops):
    return [l for l in ops
            if opname(l).startswith(FORBIDDEN_PREFIXES)]
