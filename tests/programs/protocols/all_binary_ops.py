# Every binary operator and its reflected form.
class T:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

names = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow',
         'lshift', 'rshift', 'and', 'or', 'xor', 'matmul']

def make(n):
    def f(self, other):
        return "%s.%s(%r)" % (self.name, n, other)
    return f

for n in names:
    setattr(T, '__%s__' % n, make(n))
    setattr(T, '__r%s__' % n, make('r' + n))

t = T('t')
print(t + 1, t - 1, t * 1, t / 1, t // 1, t % 1, t ** 1)
print(t << 1, t >> 1, t & 1, t | 1, t ^ 1, t @ 1)
print(1 + t, 1 - t, 1 * t, 1 / t, 1 // t, 1 % t, 1 ** t)
print(1 << t, 1 >> t, 1 & t, 1 | t, 1 ^ t)
print([] @ t if False else "skip")
