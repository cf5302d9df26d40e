# Builtins whose result may be one of their own operands, with operands
# that only the builtin holds: the result must survive the operands'
# release and die at CPython's moment.
import functools, itertools, operator

class D:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        # like Decimal: adding zero gives back the other operand itself
        if self.n == 0:
            return other
        return D(self.n + other.n)
    def __repr__(self):
        return 'D(%d)' % self.n
    def __del__(self):
        print('del', self.n)

def gen(*ns):
    for n in ns:
        yield D(n)

print('accumulate', list(itertools.accumulate(gen(0, 1, 2))))
print('accumulate func', list(itertools.accumulate(gen(0, 5), lambda a, b: b)))
print('starmap', list(itertools.starmap(lambda a, b: b, ((D(1), D(2)), (D(3), D(4))))))
print('starmap list', list(itertools.starmap(lambda a: a, [[D(7)]])))
print('reduce', functools.reduce(lambda a, b: b, gen(10, 11, 12)))
print('reduce add', functools.reduce(operator.add, gen(0, 13)))
print('map', list(map(lambda x: x, gen(20, 21))))
print('max', max(gen(30, 31), key=lambda d: d.n))
print('min', min(gen(32, 33), key=lambda d: -d.n))
print('sorted', sorted(gen(35, 34), key=lambda d: d.n))
print('next default', next(iter([]), D(40)))
print('getattr default', getattr(1, 'zz', D(41)))
print('partial', functools.partial(lambda x: x, D(42))())
print('itemgetter', operator.itemgetter(0)([D(43)]))
print('attrgetter', operator.attrgetter('x')(type('T', (), {'x': D(44)})()))
print('sum', sum(gen(0, 45), D(0)))
print('filter', list(filter(None, gen(46))))
print('zip', list(zip(gen(47), gen(48))))
print('dict.get', {}.get(1, D(49)))
print('dict.setdefault', {}.setdefault(1, D(50)))
print('pop', [D(51)].pop())
print('dict.pop', {1: D(52)}.pop(1))
print('iadd', functools.reduce(operator.iadd, gen(0, 53)))
print('takewhile', list(itertools.takewhile(lambda d: True, gen(54))))
print('groupby', [(k, list(g)) for k, g in itertools.groupby(gen(55), key=lambda d: d)])
print('chain', list(itertools.chain(gen(56), gen(57))))
print('islice', list(itertools.islice(gen(58, 59), 1)))
print('tee', [list(t) for t in itertools.tee(gen(60))])
print('zip_longest', list(itertools.zip_longest(gen(61), gen(), fillvalue=D(62))))
print('done')
