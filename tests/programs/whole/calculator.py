# A tokenizer and recursive-descent evaluator for a small expression
# language with variables, user functions, error reporting with carets,
# a pretty printer and a constant folder.  Ends with an uncaught error.


class CalcError(Exception):
    """Base of every error the calculator reports."""

    def __init__(self, message, pos=None):
        super().__init__(message)
        self.message = message
        self.pos = pos

    def kind(self):
        return type(self).__name__

    def describe(self, source):
        lines = ['%s: %s' % (self.kind(), self.message)]
        if self.pos is not None:
            lines.append('    ' + source)
            lines.append('    ' + ' ' * self.pos + '^')
        return '\n'.join(lines)


class LexError(CalcError):
    pass


class ParseError(CalcError):
    pass


class EvalError(CalcError):
    pass


class UndefinedName(EvalError):
    def __init__(self, name, pos=None):
        super().__init__('name %r is not defined' % name, pos)
        self.name = name


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        if self.kind in ('NUM', 'NAME'):
            return '%s(%s)' % (self.kind, self.text)
        return self.kind if self.kind == 'EOF' else repr(self.text)

    def __eq__(self, other):
        if not isinstance(other, Token):
            return NotImplemented
        return self.kind == other.kind and self.text == other.text

    def __hash__(self):
        return hash((self.kind, self.text))


OPERATORS = ['**', '//', '==', '!=', '<=', '>=', '+', '-', '*', '/', '%',
             '(', ')', ',', '=', '<', '>', '?', ':']
KEYWORDS = {'let', 'def', 'and', 'or', 'not'}


def tokenize(source):
    """Generator of tokens; raises LexError at the first bad character."""
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == ' ' or c == '\t':
            i += 1
            continue
        if c == '#':
            break
        if c.isdigit() or (c == '.' and i + 1 < n and source[i + 1].isdigit()):
            start = i
            seen_dot = False
            while i < n and (source[i].isdigit() or source[i] == '.'):
                if source[i] == '.':
                    if seen_dot:
                        raise LexError('second decimal point in number', i)
                    seen_dot = True
                i += 1
            yield Token('NUM', source[start:i], start)
            continue
        if c.isalpha() or c == '_':
            start = i
            while i < n and (source[i].isalnum() or source[i] == '_'):
                i += 1
            word = source[start:i]
            yield Token('KW' if word in KEYWORDS else 'NAME', word, start)
            continue
        for op in OPERATORS:
            if source.startswith(op, i):
                yield Token('OP', op, i)
                i += len(op)
                break
        else:
            raise LexError('unexpected character %r' % c, i)
    yield Token('EOF', '', n)


# ------------------------------------------------------------------ AST

class Node:
    precedence = 100

    def children(self):
        return []

    def walk(self):
        yield self
        for child in self.children():
            yield from child.walk()

    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())


class Num(Node):
    def __init__(self, value, pos=0):
        self.value = value
        self.pos = pos

    def key(self):
        return ('num', self.value)

    def __repr__(self):
        return 'Num(%r)' % (self.value,)

    def source(self):
        return repr(self.value)

    def evaluate(self, env):
        return self.value


class Var(Node):
    def __init__(self, name, pos=0):
        self.name = name
        self.pos = pos

    def key(self):
        return ('var', self.name)

    def __repr__(self):
        return 'Var(%s)' % self.name

    def source(self):
        return self.name

    def evaluate(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise UndefinedName(self.name, self.pos) from None


BINARY = {
    '+': (10, lambda a, b: a + b),
    '-': (10, lambda a, b: a - b),
    '*': (20, lambda a, b: a * b),
    '/': (20, lambda a, b: a / b),
    '//': (20, lambda a, b: a // b),
    '%': (20, lambda a, b: a % b),
    '**': (30, lambda a, b: a ** b),
    '<': (5, lambda a, b: int(a < b)),
    '>': (5, lambda a, b: int(a > b)),
    '<=': (5, lambda a, b: int(a <= b)),
    '>=': (5, lambda a, b: int(a >= b)),
    '==': (5, lambda a, b: int(a == b)),
    '!=': (5, lambda a, b: int(a != b)),
}


class BinOp(Node):
    def __init__(self, op, left, right, pos=0):
        self.op = op
        self.left = left
        self.right = right
        self.pos = pos

    @property
    def precedence(self):
        return BINARY[self.op][0]

    def key(self):
        return ('bin', self.op, self.left.key(), self.right.key())

    def children(self):
        return [self.left, self.right]

    def __repr__(self):
        return 'BinOp(%r, %r, %r)' % (self.op, self.left, self.right)

    def source(self):
        prec = self.precedence
        left = self.left.source()
        right = self.right.source()
        right_assoc = self.op == '**'
        if self.left.precedence < prec or (right_assoc and self.left.precedence == prec):
            left = '(%s)' % left
        if self.right.precedence < prec or (not right_assoc and self.right.precedence == prec):
            right = '(%s)' % right
        return '%s %s %s' % (left, self.op, right)

    def evaluate(self, env):
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        try:
            return BINARY[self.op][1](a, b)
        except ZeroDivisionError as e:
            raise EvalError('division by zero in %s' % self.source(), self.pos) from e
        except OverflowError as e:
            raise EvalError('overflow: %s' % e, self.pos) from e


class Logic(Node):
    precedence = 2

    def __init__(self, op, left, right, pos=0):
        self.op = op
        self.left = left
        self.right = right
        self.pos = pos

    def key(self):
        return ('logic', self.op, self.left.key(), self.right.key())

    def children(self):
        return [self.left, self.right]

    def __repr__(self):
        return 'Logic(%r, %r, %r)' % (self.op, self.left, self.right)

    def source(self):
        return '%s %s %s' % (self.left.source(), self.op, self.right.source())

    def evaluate(self, env):
        a = self.left.evaluate(env)
        if self.op == 'and':
            return self.right.evaluate(env) if a else a
        return a if a else self.right.evaluate(env)


class Unary(Node):
    precedence = 25

    def __init__(self, op, operand, pos=0):
        self.op = op
        self.operand = operand
        self.pos = pos

    def key(self):
        return ('unary', self.op, self.operand.key())

    def children(self):
        return [self.operand]

    def __repr__(self):
        return 'Unary(%r, %r)' % (self.op, self.operand)

    def source(self):
        inner = self.operand.source()
        if self.operand.precedence < self.precedence:
            inner = '(%s)' % inner
        return ('not ' if self.op == 'not' else self.op) + inner

    def evaluate(self, env):
        v = self.operand.evaluate(env)
        if self.op == '-':
            return -v
        if self.op == 'not':
            return int(not v)
        return v


class Cond(Node):
    precedence = 1

    def __init__(self, test, then, other, pos=0):
        self.test = test
        self.then = then
        self.other = other
        self.pos = pos

    def key(self):
        return ('cond', self.test.key(), self.then.key(), self.other.key())

    def children(self):
        return [self.test, self.then, self.other]

    def __repr__(self):
        return 'Cond(%r, %r, %r)' % (self.test, self.then, self.other)

    def source(self):
        return '%s ? %s : %s' % (self.test.source(), self.then.source(), self.other.source())

    def evaluate(self, env):
        if self.test.evaluate(env):
            return self.then.evaluate(env)
        return self.other.evaluate(env)


class Call(Node):
    def __init__(self, name, args, pos=0):
        self.name = name
        self.args = args
        self.pos = pos

    def key(self):
        return ('call', self.name) + tuple(a.key() for a in self.args)

    def children(self):
        return list(self.args)

    def __repr__(self):
        return 'Call(%s, %r)' % (self.name, self.args)

    def source(self):
        return '%s(%s)' % (self.name, ', '.join(a.source() for a in self.args))

    def evaluate(self, env):
        try:
            fn = env[self.name]
        except KeyError:
            raise UndefinedName(self.name, self.pos) from None
        if not callable(fn):
            raise EvalError('%s is not a function' % self.name, self.pos)
        values = [a.evaluate(env) for a in self.args]
        return fn(*values)


# ------------------------------------------------------------------ parser

class Parser:
    def __init__(self, source):
        self.source = source
        self.tokens = list(tokenize(source))
        self.index = 0

    @property
    def current(self):
        return self.tokens[self.index]

    def advance(self):
        tok = self.tokens[self.index]
        self.index += 1
        return tok

    def at(self, kind, text=None):
        tok = self.current
        return tok.kind == kind and (text is None or tok.text == text)

    def expect(self, kind, text=None):
        if not self.at(kind, text):
            want = text if text is not None else kind
            got = self.current.text or 'end of input'
            raise ParseError('expected %s but found %s' % (want, got), self.current.pos)
        return self.advance()

    def statement(self):
        if self.at('KW', 'let'):
            self.advance()
            name = self.expect('NAME')
            self.expect('OP', '=')
            value = self.expression()
            self.expect('EOF')
            return ('let', name.text, value)
        if self.at('KW', 'def'):
            self.advance()
            name = self.expect('NAME')
            self.expect('OP', '(')
            params = []
            if not self.at('OP', ')'):
                params.append(self.expect('NAME').text)
                while self.at('OP', ','):
                    self.advance()
                    params.append(self.expect('NAME').text)
            self.expect('OP', ')')
            self.expect('OP', '=')
            body = self.expression()
            self.expect('EOF')
            return ('def', name.text, params, body)
        value = self.expression()
        self.expect('EOF')
        return ('expr', value)

    def expression(self):
        test = self.logic_or()
        if self.at('OP', '?'):
            pos = self.advance().pos
            then = self.expression()
            self.expect('OP', ':')
            other = self.expression()
            return Cond(test, then, other, pos)
        return test

    def logic_or(self):
        left = self.logic_and()
        while self.at('KW', 'or'):
            pos = self.advance().pos
            left = Logic('or', left, self.logic_and(), pos)
        return left

    def logic_and(self):
        left = self.comparison()
        while self.at('KW', 'and'):
            pos = self.advance().pos
            left = Logic('and', left, self.comparison(), pos)
        return left

    def comparison(self):
        left = self.binary(10)
        if self.current.kind == 'OP' and self.current.text in ('<', '>', '<=', '>=', '==', '!='):
            tok = self.advance()
            left = BinOp(tok.text, left, self.binary(10), tok.pos)
        return left

    def binary(self, level):
        if level > 20:
            return self.unary()
        left = self.binary(level + 10)
        while self.current.kind == 'OP' and self.current.text in BINARY \
                and BINARY[self.current.text][0] == level:
            tok = self.advance()
            left = BinOp(tok.text, left, self.binary(level + 10), tok.pos)
        return left

    def unary(self):
        if self.at('OP', '-') or self.at('OP', '+'):
            tok = self.advance()
            return Unary(tok.text, self.unary(), tok.pos)
        if self.at('KW', 'not'):
            tok = self.advance()
            return Unary('not', self.unary(), tok.pos)
        return self.power()

    def power(self):
        base = self.primary()
        if self.at('OP', '**'):
            tok = self.advance()
            return BinOp('**', base, self.unary(), tok.pos)
        return base

    def primary(self):
        tok = self.current
        if tok.kind == 'NUM':
            self.advance()
            value = float(tok.text) if '.' in tok.text else int(tok.text)
            return Num(value, tok.pos)
        if tok.kind == 'NAME':
            self.advance()
            if self.at('OP', '('):
                self.advance()
                args = []
                if not self.at('OP', ')'):
                    args.append(self.expression())
                    while self.at('OP', ','):
                        self.advance()
                        args.append(self.expression())
                self.expect('OP', ')')
                return Call(tok.text, args, tok.pos)
            return Var(tok.text, tok.pos)
        if self.at('OP', '('):
            self.advance()
            inner = self.expression()
            self.expect('OP', ')')
            return inner
        raise ParseError('unexpected %s' % (tok.text or 'end of input'), tok.pos)


# ------------------------------------------------------------------ environment

class Environment:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent

    def __getitem__(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise KeyError(name)

    def __setitem__(self, name, value):
        self.vars[name] = value

    def __contains__(self, name):
        try:
            self[name]
            return True
        except KeyError:
            return False

    def __len__(self):
        return len(self.vars) + (len(self.parent) if self.parent else 0)

    def __iter__(self):
        return iter(sorted(self.vars))


class UserFunction:
    """A function defined in the calculator; calls go to a closure."""

    def __init__(self, name, params, impl):
        self.name = name
        self.params = params
        self.impl = impl

    def __call__(self, *args):
        return self.impl(*args)

    def __repr__(self):
        return '<function %s(%s)>' % (self.name, ', '.join(self.params))


def make_function(name, params, body, defining_env):
    calls = [0]

    def function(*args):
        if len(args) != len(params):
            raise EvalError('%s() takes %d arguments, got %d' % (name, len(params), len(args)))
        calls[0] += 1
        if calls[0] > 60:
            raise EvalError('recursion too deep in %s()' % name)
        local = Environment(defining_env)
        for p, a in zip(params, args):
            local[p] = a
        try:
            return body.evaluate(local)
        finally:
            calls[0] -= 1
    return UserFunction(name, params, function)


def builtins_env():
    env = Environment()
    env['abs'] = abs
    env['min'] = min
    env['max'] = max
    env['sqrt'] = lambda x: x ** 0.5
    env['pi'] = 3.141592653589793
    env['e'] = 2.718281828459045

    def checked_int(x):
        if isinstance(x, float) and x != x:
            raise EvalError('cannot convert NaN')
        return int(x)
    env['int'] = checked_int
    return env


def fold(node):
    """Constant folding: returns a new tree with constant subtrees computed."""
    if isinstance(node, BinOp):
        left, right = fold(node.left), fold(node.right)
        if isinstance(left, Num) and isinstance(right, Num):
            try:
                return Num(BINARY[node.op][1](left.value, right.value), node.pos)
            except (ZeroDivisionError, OverflowError):
                pass
        return BinOp(node.op, left, right, node.pos)
    if isinstance(node, Unary):
        operand = fold(node.operand)
        if isinstance(operand, Num):
            return Num(Unary(node.op, operand).evaluate(None), node.pos)
        return Unary(node.op, operand, node.pos)
    if isinstance(node, Cond):
        test = fold(node.test)
        if isinstance(test, Num):
            return fold(node.then) if test.value else fold(node.other)
        return Cond(test, fold(node.then), fold(node.other), node.pos)
    if isinstance(node, Logic):
        return Logic(node.op, fold(node.left), fold(node.right), node.pos)
    if isinstance(node, Call):
        return Call(node.name, [fold(a) for a in node.args], node.pos)
    return node


class Session:
    def __init__(self):
        self.env = Environment(builtins_env())
        self.history = []
        self.errors = {}

    def run(self, line):
        parser = Parser(line)
        stmt = parser.statement()
        if stmt[0] == 'let':
            _, name, expr = stmt
            value = expr.evaluate(self.env)
            self.env[name] = value
            return '%s = %r' % (name, value)
        if stmt[0] == 'def':
            _, name, params, body = stmt
            self.env[name] = make_function(name, params, body, self.env)
            return 'defined %s(%s) = %s' % (name, ', '.join(params), body.source())
        expr = stmt[1]
        value = expr.evaluate(self.env)
        self.env['_'] = value
        return value

    def feed(self, line):
        try:
            result = self.run(line)
        except CalcError as err:
            self.errors[err.kind()] = self.errors.get(err.kind(), 0) + 1
            print(err.describe(line))
            cause = err.__cause__
            if cause is not None:
                print('    caused by %s: %s' % (type(cause).__name__, cause))
            return None
        else:
            self.history.append((line, result))
            if isinstance(result, str):
                print(result)
            elif isinstance(result, float):
                print('= {:.6g}  ({!r})'.format(result, result))
            else:
                print(f'= {result}')
            return result
        finally:
            pass


SCRIPT = [
    '1 + 2 * 3',
    '(1 + 2) * 3',
    '2 ** 3 ** 2',
    '-2 ** 2',
    '7 // 2 + 7 % 3',
    '10 / 4',
    'let x = 12',
    'let y = x * 2 - 5',
    'x + y',
    'x > y ? x : y',
    'def sq(n) = n * n',
    'def hyp(a, b) = sqrt(sq(a) + sq(b))',
    'hyp(3, 4)',
    'def fact(n) = n <= 1 ? 1 : n * fact(n - 1)',
    'fact(10)',
    'fact(20)',
    'def fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)',
    'fib(15)',
    'def gcd(a, b) = b == 0 ? a : gcd(b, a % b)',
    'gcd(1071, 462)',
    'max(x, y, 100) - min(3, x)',
    'abs(-17) + int(9.99)',
    '1 < 2 and 3 < 4',
    '0 or 5',
    'not 0 + not 7',
    '_ * 10',
    'pi * 2',
    '1.5 + .25',
    'x / (y - 19)',
    'undefined_var + 1',
    'nosuch(3)',
    'x(3)',
    '3 + * 4',
    '(1 + 2',
    '1 + 2)',
    '4 $ 5',
    '1.2.3 + 4',
    'let = 5',
    'def f(a,) = a',
    'fact(1, 2)',
    'def loop(n) = loop(n + 1)',
    'loop(0)',
    '10 ** 400 * 1.0',
    'let big = 2 ** 100',
    'big // 3',
    'sq(big) % 1000007',
]


def show_tokens(line):
    try:
        return ' '.join(repr(t) for t in tokenize(line))
    except LexError as err:
        return '<lex error at %d>' % err.pos


def main():
    session = Session()
    for number, line in enumerate(SCRIPT, 1):
        print('[%02d] %s' % (number, line))
        print('     tokens: ' + show_tokens(line))
        session.feed(line)

    print()
    print('--- pretty printing and folding ---')
    samples = ['1 + 2 * 3 - x', '(a - b) - (c - d)', '2 ** (3 ** x)', '(2 ** 3) ** x',
               '-(1 + 2) * y', '1 < 2 ? a + 0 * 3 : b', 'f(1 + 1, g(2 * 3), h)',
               'not (x and y) or 4 * 5 // 2']
    for text in samples:
        tree = Parser(text).expression()
        folded = fold(tree)
        nodes = list(tree.walk())
        kinds = sorted({type(n).__name__ for n in nodes})
        print(f'{text!r:32} -> {tree.source()}')
        print('    folded: %s   nodes=%d kinds=%s' % (folded.source(), len(nodes), ','.join(kinds)))
        print('    repr: {}'.format(repr(folded)))
        print('    same after folding: %s' % (folded == tree))

    print()
    print('--- tree equality and hashing ---')
    a = Parser('x * (y + 1)').expression()
    b = Parser('x*(y+1)').expression()
    c = Parser('x * y + 1').expression()
    table = {a: 'first'}
    table[b] = 'second'
    table[c] = 'third'
    print(a == b, a == c, len(table), [table[k] for k in (a, c)])
    tokset = set(tokenize('a + a + b'))
    print(sorted(repr(t) for t in tokset))

    print()
    print('--- variables ---')
    for name in session.env:
        value = session.env[name]
        shown = repr(value)
        print('  %-6s %s' % (name, shown))
    print('environment size:', len(session.env), 'has x:', 'x' in session.env,
          'has zz:', 'zz' in session.env)

    print()
    print('--- summary ---')
    ok = [r for _, r in session.history]
    ints = [r for r in ok if isinstance(r, int)]
    floats = [r for r in ok if isinstance(r, float)]
    print('evaluated %d lines, %d failed' % (len(ok), sum(session.errors.values())))
    for kind, count in sorted(session.errors.items(), key=lambda kv: (-kv[1], kv[0])):
        print('  {:<14}{:>3}'.format(kind, count))
    print('int results: %d, sum of small ones: %d' % (len(ints), sum(i for i in ints if abs(i) < 10 ** 6)))
    print('float results: %s' % ', '.join('%.3f' % f for f in floats))
    longest = max(session.history, key=lambda h: len(str(h[1])))
    print('longest result from %r has %d digits' % (longest[0], len(str(longest[1]))))

    # The last line is evaluated without a handler: the error escapes.
    print('final:', session.run('fact(5) + missing'))


main()
