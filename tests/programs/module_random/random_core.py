# _random.Random: CPython's Mersenne Twister, seeding, getrandbits, state
import _random
r = _random.Random(12345)
print([r.random() for i in range(3)])
print(r.getrandbits(5), r.getrandbits(32), r.getrandbits(100), r.getrandbits(0))
r.seed(-12345)
print(r.random())
r.seed(2**100 + 7)
print(r.random())
s = r.getstate()
print(len(s), s[-1])
a = r.random(); r.setstate(s); print(a == r.random())
r.seed(3.5); print(r.random())

class R(_random.Random):
    def __init__(self, x):
        self.x = x
print(R(5).random(), R(5).x)
r.seed(0); print(r.random())
