# Instance attributes and __dict__ on instances of int subclasses.
class Flag(int):
    pass

f = Flag(5)
f.label = 'five'
f.tags = ['a', 'b']
print(f, repr(f), f.label, f.tags, f.__dict__, vars(f))
print(type(f).__name__, type(f + 1).__name__, f + 1, f * 2, -f, f == 5,
      hash(f) == hash(5), isinstance(f, int))
del f.label
print(f.__dict__, hasattr(f, 'label'))
try:
    f.label
except AttributeError as exc:
    print('AttributeError:', exc)
f.__dict__['direct'] = 1
print(f.direct, sorted(f.__dict__))
big = Flag(10**30)
big.note = 'big'
print(big, big.note, type(big).__name__, big // 10**29)
d = {f: 'x'}
print(d[5], d[Flag(5)])
print(int(f), type(int(f)).__name__, f.bit_length(), f.to_bytes(2, 'big'))

class Named(int):
    def __new__(cls, value, name='?'):
        return super().__new__(cls, value)

    def __init__(self, value, name='?'):
        self.name = name

    def __repr__(self):
        return f'{self.name}={int(self)}'

items = [Named(1, 'one'), Named(2, 'two'), Named(3)]
print(items, sum(items), [n.name for n in items])
print(sorted(items, key=lambda n: -n))

class Slotted(int):
    __slots__ = ()

s = Slotted(3)
try:
    s.x = 1
except AttributeError as exc:
    print('AttributeError:', exc)
try:
    class Bad(int):
        __slots__ = ('a',)
except TypeError as exc:
    print('TypeError:', exc)
for base in (bytes, tuple, Flag):
    try:
        type('Bad', (base,), {'__slots__': ('a',)})
    except TypeError as exc:
        print('TypeError:', exc)
for base in (float, str, complex, bytearray):
    C = type('C', (base,), {'__slots__': ('a',)})
    o = C()
    o.a = 1
    print(base.__name__, o.a, hasattr(o, '__dict__'))
