# prod: ints (overflowing into big ints), floats, mixed types, start,
# generic objects, and errors.
import math

print(math.prod([]), math.prod([], start=5), math.prod(range(1, 11)))
print(math.prod(range(1, 40)), math.prod([2**62, 4, -1]), math.prod([10**30, 10**30]))
print(repr(math.prod([0.1, 0.2, 0.3])), repr(math.prod([1.5, 2, 10**20])))
print(repr(math.prod([2, 0.5, 3])), repr(math.prod([2, 3], start=0.5)))
print(repr(math.prod([1e200, 1e200])), repr(math.prod([1e200, 1e200, 0.0])))
print(math.prod([1, 2, 3], start=[4]), math.prod(['ab'], start=3))
print(math.prod(x for x in (3, 4, 5)), math.prod([True, True, 7]))
print(repr(math.prod([complex(1, 1), complex(1, -1), 2])))
class Mul:
    def __init__(self, v):
        self.v = v
    def __mul__(self, other):
        return Mul(self.v + [other])
    def __rmul__(self, other):
        return Mul([other] + self.v)
print(math.prod([Mul([]), 2, 3]).v, math.prod([2, Mul([])], start=5).v)
for args, kw in [((5,), {}), (([1, 'a', 'b'],), {}), ((), {}),
                 (([1], 2), {}), (([1],), {'begin': 1}), (([None, 1],), {})]:
    try:
        print(math.prod(*args, **kw))
    except TypeError as e:
        print('TypeError', e)
