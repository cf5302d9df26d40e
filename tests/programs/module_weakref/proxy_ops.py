# proxy: attributes, operators, calls and containers go to the referent;
# ReferenceError once it is gone.
import _weakref


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))

    def __radd__(self, o):
        return V(o + self.v)

    def __iadd__(self, o):
        self.v += o
        return self

    def __neg__(self):
        return V(-self.v)

    def __lt__(self, o):
        return self.v < o.v

    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v

    __hash__ = None

    def __len__(self):
        return self.v

    def __getitem__(self, i):
        return i * 10

    def __setitem__(self, i, x):
        print('setitem', i, x)

    def __contains__(self, x):
        return x == 3

    def __iter__(self):
        return iter(range(self.v))

    def __bool__(self):
        return self.v != 0

    def __str__(self):
        return 'V(%d)' % self.v

    def __call__(self, *a, **k):
        return ('called', a, k)

    def __index__(self):
        return self.v

    def method(self):
        return 'method of V(%d)' % self.v


class Plain:
    pass


v = V(3)
p = _weakref.proxy(v)
print(type(p).__name__, type(_weakref.proxy(Plain())).__name__)
print(p.v, p.method(), str(p), (p + 1).v, (1 + p).v, (-p).v)
print(p == v, p < V(4), len(p), p[2], 3 in p, list(p), bool(p))
print(p(1, k=2), [0, 1, 2, 3, 4][p])
p[1] = 'x'
p.w = 5
print(v.w)
del p.w
print(hasattr(v, 'w'))
q = p
q += 2
print(v.v, q is v)
print(_weakref.proxy(v) is p, _weakref.proxy(v, print) is p)
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)
try:
    next(p)
except TypeError as e:
    print('TypeError', e)
del v, q
for what in ['attr', 'add', 'str', 'len', 'call']:
    try:
        if what == 'attr':
            p.v
        elif what == 'add':
            p + 1
        elif what == 'str':
            str(p)
        elif what == 'len':
            len(p)
        else:
            p()
    except ReferenceError as e:
        print(what, 'ReferenceError', e)
