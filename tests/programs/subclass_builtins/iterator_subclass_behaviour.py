# Instances of heap subclasses of builtin iterator types are real
# iterators of the builtin kind, with attributes and overridden methods.
import itertools, operator


class Z(zip):
    def __next__(self):
        return ('z',) + super().__next__()

z = Z('ab', [1, 2])
z.tag = 'zz'
print(type(z).__name__, z.tag, list(z), isinstance(z, zip))
print(sorted(k for k in vars(z)))


class M(map):
    def __iter__(self):
        self.started = True
        return self

m = M(operator.neg, [1, 2, 3])
print(list(m), m.started)


class F(filter):
    __slots__ = ('a',)

f = F(None, [0, 1, '', 'x'])
f.a = 5
print(list(f), f.a, hasattr(f, '__dict__'))


class E(enumerate):
    def __init__(self, it, start=0):
        self.label = start

e = E('xy', 10)
print(list(e), e.label)
try:
    E('xy', label='L')
except TypeError as exc:
    print('TypeError', exc)


class R(reversed):
    pass

r = R('abc')
print(type(r).__name__, list(r))
print(type(R([1, 2])).__name__, list(R([1, 2])))
print(type(R(range(3))).__name__)
try:
    R({1: 2})
except TypeError as exc:
    print('TypeError', exc)


class Chain2(itertools.chain):
    count = 0

    def __next__(self):
        Chain2.count += 1
        return super().__next__()

c = Chain2.from_iterable(['ab', 'c'])
print(type(c).__name__, list(c), Chain2.count)


class Cyc(itertools.cycle):
    def __new__(cls, it, n):
        self = super().__new__(cls, it)
        self.n = n
        return self

    def __init__(self, it, n):
        pass

cy = Cyc('ab', 3)
print([next(cy) for i in range(cy.n)])

for base in (zip, map, filter, itertools.chain, itertools.count):
    try:
        base.__new__(int)
    except TypeError as exc:
        print('TypeError', exc)
    try:
        base.__new__(1)
    except TypeError as exc:
        print('TypeError', exc)


class Sub(zip):
    def __del__(self):
        print('del', type(self).__name__)

s = Sub([1])
del s
print('end')
