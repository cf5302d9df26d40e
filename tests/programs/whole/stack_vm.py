# A small stack virtual machine: an assembler (text with labels -> a list
# of ints), a disassembler (ints -> text), and an interpreter with call
# frames, a trace facility and VM errors.  Exits with status 3 at the end.
import sys


class VMError(Exception):
    def __init__(self, message, pc=None):
        super().__init__(message)
        self.pc = pc

    def __str__(self):
        base = super().__str__()
        return base if self.pc is None else '%s (at pc=%d)' % (base, self.pc)


class StackUnderflow(VMError):
    pass


class BadOpcode(VMError):
    pass


class AssemblyError(Exception):
    def __init__(self, line_no, text, reason):
        super().__init__('line %d: %s: %r' % (line_no, reason, text))
        self.line_no = line_no


class Halt(Exception):
    """Raised by the HALT instruction to leave the run loop."""


class Op:
    """One opcode: name, number, number of immediate operands, stack effect."""
    table = {}
    by_code = {}

    def __init__(self, name, code, nargs, pops, pushes, jump=False):
        self.name = name
        self.code = code
        self.nargs = nargs
        self.pops = pops
        self.pushes = pushes
        self.jump = jump
        Op.table[name] = self
        Op.by_code[code] = self

    def __repr__(self):
        return '<op %s/%d>' % (self.name, self.code)

    def __lt__(self, other):
        return self.code < other.code

    @property
    def effect(self):
        return self.pushes - self.pops


for _spec in [
    ('NOP', 0, 0, 0, 0), ('PUSH', 1, 1, 0, 1), ('POP', 2, 0, 1, 0),
    ('DUP', 3, 0, 1, 2), ('SWAP', 4, 0, 2, 2), ('OVER', 5, 0, 2, 3),
    ('ADD', 10, 0, 2, 1), ('SUB', 11, 0, 2, 1), ('MUL', 12, 0, 2, 1),
    ('DIV', 13, 0, 2, 1), ('MOD', 14, 0, 2, 1), ('NEG', 15, 0, 1, 1),
    ('EQ', 20, 0, 2, 1), ('LT', 21, 0, 2, 1), ('GT', 22, 0, 2, 1),
    ('NOT', 23, 0, 1, 1),
    ('JMP', 30, 1, 0, 0, True), ('JZ', 31, 1, 1, 0, True), ('JNZ', 32, 1, 1, 0, True),
    ('CALL', 40, 2, 0, 1, True), ('RET', 41, 0, 1, 0),
    ('LOAD', 50, 1, 0, 1), ('STORE', 51, 1, 1, 0),
    ('GLOAD', 52, 1, 0, 1), ('GSTORE', 53, 1, 1, 0),
    ('PRINT', 60, 0, 1, 0), ('HALT', 99, 0, 0, 0),
]:
    Op(*_spec)


def assemble(text):
    """Two passes: collect labels, then encode.  Returns (code, labels)."""
    lines = []
    for no, raw in enumerate(text.split('\n'), 1):
        line = raw.split(';')[0].strip()
        if line:
            lines.append((no, line))
    labels = {}
    addr = 0
    for no, line in lines:
        if line.endswith(':'):
            name = line[:-1]
            if name in labels:
                raise AssemblyError(no, line, 'duplicate label')
            labels[name] = addr
            continue
        parts = line.split()
        op = Op.table.get(parts[0].upper())
        if op is None:
            raise AssemblyError(no, line, 'unknown instruction')
        addr += 1 + op.nargs
    code = []
    for no, line in lines:
        if line.endswith(':'):
            continue
        parts = line.split()
        op = Op.table[parts[0].upper()]
        args = parts[1:]
        if len(args) != op.nargs:
            raise AssemblyError(no, line, 'expected %d operand(s)' % op.nargs)
        code.append(op.code)
        for i, a in enumerate(args):
            if op.jump and i == 0:
                if a not in labels:
                    raise AssemblyError(no, line, 'undefined label')
                code.append(labels[a])
            else:
                try:
                    code.append(int(a))
                except ValueError as e:
                    raise AssemblyError(no, line, 'bad operand') from e
    return code, labels


def instructions(code):
    """Generator of (address, op, operands) over encoded code."""
    pc = 0
    while pc < len(code):
        op = Op.by_code.get(code[pc])
        if op is None:
            raise BadOpcode('unknown opcode %d' % code[pc], pc)
        operands = tuple(code[pc + 1:pc + 1 + op.nargs])
        if len(operands) != op.nargs:
            raise VMError('truncated instruction %s' % op.name, pc)
        yield pc, op, operands
        pc += 1 + op.nargs


def disassemble(code, labels=None):
    names = {}
    if labels:
        for name, addr in sorted(labels.items(), key=lambda kv: (kv[1], kv[0])):
            names.setdefault(addr, name)
    targets = {ops[0] for _, op, ops in instructions(code) if op.jump}
    out = []
    for addr, op, ops in instructions(code):
        if addr in names:
            out.append('%s:' % names[addr])
        elif addr in targets:
            out.append('L%d:' % addr)
        shown = []
        for i, v in enumerate(ops):
            if op.jump and i == 0:
                shown.append(names.get(v, 'L%d' % v))
            else:
                shown.append(str(v))
        out.append('    %04d  %-7s %s' % (addr, op.name, ' '.join(shown)))
    return out


class Frame:
    def __init__(self, return_pc, nlocals, name):
        self.return_pc = return_pc
        self.locals = [0] * nlocals
        self.name = name

    def __repr__(self):
        return 'Frame(%s, ret=%d, locals=%r)' % (self.name, self.return_pc, self.locals)


class Stack:
    def __init__(self, limit=256):
        self.items = []
        self.limit = limit
        self.high_water = 0

    def push(self, value):
        if len(self.items) >= self.limit:
            raise VMError('stack overflow')
        self.items.append(value)
        if len(self.items) > self.high_water:
            self.high_water = len(self.items)

    def pop(self):
        if not self.items:
            raise StackUnderflow('pop from empty stack')
        return self.items.pop()

    def peek(self):
        if not self.items:
            raise StackUnderflow('peek at empty stack')
        return self.items[-1]

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, index):
        return self.items[index]

    def __repr__(self):
        return '[' + ' '.join(str(v) for v in self.items) + ']'


class VM:
    def __init__(self, code, labels=None, max_steps=100000, trace=False):
        self.code = code
        self.labels = labels or {}
        self.stack = Stack()
        self.frames = [Frame(-1, 8, 'main')]
        self.globals = [0] * 16
        self.output = []
        self.pc = 0
        self.steps = 0
        self.max_steps = max_steps
        self.trace = trace
        self.counts = {}
        self.dispatch = self._build_dispatch()

    def _binary(self, fn):
        def handler(ops):
            b = self.stack.pop()
            a = self.stack.pop()
            self.stack.push(fn(a, b))
        return handler

    def _build_dispatch(self):
        stack = self.stack

        def div(a, b):
            if b == 0:
                raise VMError('division by zero', self.pc)
            return a // b

        def mod(a, b):
            if b == 0:
                raise VMError('modulo by zero', self.pc)
            return a % b
        table = {
            'NOP': lambda ops: None,
            'PUSH': lambda ops: stack.push(ops[0]),
            'POP': lambda ops: stack.pop(),
            'ADD': self._binary(lambda a, b: a + b),
            'SUB': self._binary(lambda a, b: a - b),
            'MUL': self._binary(lambda a, b: a * b),
            'DIV': self._binary(div),
            'MOD': self._binary(mod),
            'EQ': self._binary(lambda a, b: int(a == b)),
            'LT': self._binary(lambda a, b: int(a < b)),
            'GT': self._binary(lambda a, b: int(a > b)),
            'NEG': lambda ops: stack.push(-stack.pop()),
            'NOT': lambda ops: stack.push(int(not stack.pop())),
            'PRINT': lambda ops: self.output.append(stack.pop()),
        }
        table['DUP'] = self.op_dup
        table['SWAP'] = self.op_swap
        table['OVER'] = self.op_over
        return table

    def op_dup(self, ops):
        self.stack.push(self.stack.peek())

    def op_swap(self, ops):
        b = self.stack.pop()
        a = self.stack.pop()
        self.stack.push(b)
        self.stack.push(a)

    def op_over(self, ops):
        b = self.stack.pop()
        a = self.stack.pop()
        for v in (a, b, a):
            self.stack.push(v)

    def label_for(self, addr):
        for name, where in sorted(self.labels.items()):
            if where == addr:
                return name
        return 'L%d' % addr

    def step(self):
        if self.pc >= len(self.code):
            raise VMError('ran off the end of the code', self.pc)
        op = Op.by_code.get(self.code[self.pc])
        if op is None:
            raise BadOpcode('unknown opcode %d' % self.code[self.pc], self.pc)
        ops = self.code[self.pc + 1:self.pc + 1 + op.nargs]
        if self.trace:
            print('      %04d %-6s %-8s stack=%r' % (self.pc, op.name,
                                                    ' '.join(map(str, ops)), self.stack))
        self.counts[op.name] = self.counts.get(op.name, 0) + 1
        next_pc = self.pc + 1 + op.nargs
        frame = self.frames[-1]
        name = op.name
        if name in self.dispatch:
            self.dispatch[name](ops)
        elif name == 'JMP':
            next_pc = ops[0]
        elif name == 'JZ':
            if self.stack.pop() == 0:
                next_pc = ops[0]
        elif name == 'JNZ':
            if self.stack.pop() != 0:
                next_pc = ops[0]
        elif name == 'LOAD':
            self.stack.push(frame.locals[ops[0]])
        elif name == 'STORE':
            frame.locals[ops[0]] = self.stack.pop()
        elif name == 'GLOAD':
            self.stack.push(self.globals[ops[0]])
        elif name == 'GSTORE':
            self.globals[ops[0]] = self.stack.pop()
        elif name == 'CALL':
            target, nargs = ops
            if len(self.frames) > 64:
                raise VMError('call depth exceeded', self.pc)
            callee = Frame(next_pc, 8, self.label_for(target))
            for i in range(nargs - 1, -1, -1):
                callee.locals[i] = self.stack.pop()
            self.frames.append(callee)
            next_pc = target
        elif name == 'RET':
            if len(self.frames) == 1:
                raise VMError('return from main', self.pc)
            done = self.frames.pop()
            next_pc = done.return_pc
        elif name == 'HALT':
            raise Halt()
        self.pc = next_pc

    def run(self):
        try:
            while True:
                self.steps += 1
                if self.steps > self.max_steps:
                    raise VMError('step limit %d reached' % self.max_steps, self.pc)
                self.step()
        except Halt:
            return self.output
        except IndexError as e:
            raise VMError('bad local or global index', self.pc) from e


PROGRAMS = {}

PROGRAMS['arith'] = """
    push 6
    push 7
    mul          ; 42
    dup
    print
    push 5
    sub
    push 3
    mod          ; 37 % 3 = 1
    print
    push -17
    push 5
    div
    print
    push 2
    push 9
    over
    print
    print
    print
    halt
"""

PROGRAMS['countdown'] = """
    push 5
    store 0
loop:
    load 0
    jz done
    load 0
    print
    load 0
    push 1
    sub
    store 0
    jmp loop
done:
    push 0
    print
    halt
"""

PROGRAMS['factorial'] = """
    push 1
    store 1
    push 1
    store 0
next:
    load 0
    push 12
    gt
    jnz end
    load 1
    load 0
    mul
    dup
    print
    store 1
    load 0
    push 1
    add
    store 0
    jmp next
end:
    halt
"""

PROGRAMS['fib_recursive'] = """
    push 0
    store 0
again:
    load 0
    call fib 1
    print
    load 0
    push 1
    add
    dup
    store 0
    push 15
    lt
    jnz again
    halt
fib:                 ; fib(n) with n in local 0
    load 0
    push 2
    lt
    jz recurse
    load 0
    ret
recurse:
    load 0
    push 1
    sub
    call fib 1
    load 0
    push 2
    sub
    call fib 1
    add
    ret
"""

PROGRAMS['gcd'] = """
    push 1071
    push 462
    call gcd 2
    print
    push 270
    push 192
    call gcd 2
    print
    push 17
    push 5
    call gcd 2
    print
    halt
gcd:
    load 1
    jz gcd_done
    load 1
    load 0
    load 1
    mod
    call gcd 2
    ret
gcd_done:
    load 0
    ret
"""

PROGRAMS['primes'] = """
    push 2
    gstore 0            ; candidate
outer:
    gload 0
    push 60
    lt
    jz finish
    push 2
    gstore 1            ; divisor
inner:
    gload 1
    dup
    mul
    gload 0
    gt
    jnz is_prime
    gload 0
    gload 1
    mod
    jz not_prime
    gload 1
    push 1
    add
    gstore 1
    jmp inner
is_prime:
    gload 0
    print
not_prime:
    gload 0
    push 1
    add
    gstore 0
    jmp outer
finish:
    halt
"""

BROKEN = {
    'underflow': 'push 1\nadd\nhalt',
    'divzero': 'push 4\npush 0\ndiv\nhalt',
    'runaway': 'top:\npush 1\njmp top',
    'deep': 'f:\ncall f 0\nret',
    'offend': 'push 1\nprint',
    'badlocal': 'load 9\nhalt',
    'mainret': 'push 1\nret',
}

BAD_SOURCE = {
    'unknown': 'push 1\nfrobnicate\nhalt',
    'operands': 'push\nhalt',
    'label': 'jmp nowhere\nhalt',
    'twice': 'a:\na:\nhalt',
    'operand': 'push x1\nhalt',
}


def static_depth(code):
    """Stack depth along straight-line code, ignoring jumps (a lint)."""
    depth = 0
    lowest = 0
    for _, op, _ in instructions(code):
        depth += op.effect
        lowest = min(lowest, depth)
    return depth, lowest


def main():
    total_steps = 0
    for name in sorted(PROGRAMS):
        code, labels = assemble(PROGRAMS[name])
        print('=== %s: %d words, %d labels ===' % (name, len(code), len(labels)))
        for line in disassemble(code, labels):
            print(line)
        vm = VM(code, labels)
        out = vm.run()
        total_steps += vm.steps
        print('output:', ' '.join(str(v) for v in out))
        print('steps: %d, stack high water: %d, final stack: %r' % (
            vm.steps, vm.stack.high_water, vm.stack))
        top = sorted(vm.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
        print('hottest: ' + ', '.join(f'{op}x{n}' for op, n in top))
        depth, lowest = static_depth(code)
        print('static depth {0:+d}, lowest {1:+d}'.format(depth, lowest))
        again = disassemble(code)
        print('re-disassembled without labels matches in %d of %d lines' % (
            sum(1 for a, b in zip(again, disassemble(code, labels)) if a == b), len(again)))

    print()
    print('=== trace of arith (first 8 steps) ===')
    code, labels = assemble(PROGRAMS['arith'])
    vm = VM(code, labels, max_steps=8, trace=True)
    try:
        vm.run()
    except VMError as e:
        print('stopped: %s' % e)

    print()
    print('=== failing programs ===')
    for name, src in BROKEN.items():
        code, labels = assemble(src)
        vm = VM(code, labels, max_steps=500)
        try:
            vm.run()
            print('%-10s no error?' % name)
        except StackUnderflow as e:
            print('%-10s underflow: %s' % (name, e))
        except VMError as e:
            cause = e.__cause__
            extra = ' (from %s)' % type(cause).__name__ if cause else ''
            print('%-10s %s: %s%s; frames=%d' % (name, type(e).__name__, e, extra, len(vm.frames)))
        finally:
            total_steps += vm.steps

    print()
    print('=== assembler errors ===')
    for name in sorted(BAD_SOURCE):
        try:
            assemble(BAD_SOURCE[name])
        except AssemblyError as e:
            cause = type(e.__cause__).__name__ if e.__cause__ else '-'
            print('%-9s line %d: %s [cause %s]' % (name, e.line_no, e, cause))

    print()
    print('=== bad bytecode ===')
    for words in ([1, 5, 77, 60], [1], [1, 2, 60, 99]):
        try:
            print(disassemble(words))
        except VMError as e:
            print('%r -> %s: %s' % (words, type(e).__name__, e))

    print()
    print('=== opcode table ===')
    ops = sorted(Op.table.values())
    for chunk in range(0, len(ops), 6):
        print('  '.join('%-6s%3d' % (o.name, o.code) for o in ops[chunk:chunk + 6]))
    jumps = [o.name for o in ops if o.jump]
    print('jumps:', jumps)
    effects = {}
    for o in ops:
        effects.setdefault(o.effect, []).append(o.name)
    for eff in sorted(effects):
        print('  effect %+d: %s' % (eff, ' '.join(effects[eff])))

    print()
    print('total steps:', total_steps)
    sys.exit(3)


main()
