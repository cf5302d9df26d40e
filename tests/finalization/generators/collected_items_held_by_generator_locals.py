# Builtins that collect an iterable (list(), tuple(), sorted(), unpacking,
# extend, ...) keep each item alive while they fetch the next one: here
# the only other reference is the generator's local, rebound at resumption.
class D:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'D(%d)' % self.n
    def __del__(self):
        print('del', self.n)
def gen():
    for n in range(3):
        x = D(n)
        yield x
print(list(gen()))
print(tuple(gen()))
print(sorted(gen(), key=lambda d: -d.n))
print(dict.fromkeys(gen()) and 2)
a, b, c = gen()
print(a, b, c)
del a, b, c
print([*gen()])
print(max(gen(), key=lambda d: d.n))
print(' '.join(map(repr, gen())))
l = []; l.extend(gen()); print(l); del l
l = []; l += gen(); print(l); del l
print(enumerate(gen()).__next__())
print(list(zip(gen(), gen())))
import collections
print(collections.deque(gen()))
print(bytearray(x.n for x in gen()))
print('end')
