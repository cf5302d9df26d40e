# lru_cache keys (the single str/int argument is its own key, others are
# tuples), exceptions are not cached, and calls made while a call runs.
import functools

@functools.lru_cache(maxsize=None)
def f(x):
    print('miss', repr(x))
    return x

f(1); f(1.0); f(True); f(1); f('a'); f('a'); f((1,)); f(b'a')
print(f.cache_info())

calls = []

@functools.lru_cache(maxsize=2)
def flaky(x):
    calls.append(x)
    if len(calls) < 2:
        raise ValueError('first call fails')
    return x * 10

try:
    flaky(3)
except ValueError as e:
    print('raised', e)
print(flaky(3), flaky(3), flaky.cache_info())

@functools.lru_cache(maxsize=2)
def clearing(x):
    if x == 0:
        clearing.cache_clear()
        return 'cleared'
    return clearing(x - 1) + str(x)

print(clearing(3), clearing.cache_info())

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print('hash', self.v)
        return hash(self.v)
    def __eq__(self, other):
        print('eq', self.v, other.v)
        return self.v == other.v

@functools.lru_cache(maxsize=4)
def g(k):
    return k.v

print(g(Key(1)), g(Key(1)), g(Key(2)))
print(g.cache_info())

@functools.lru_cache(maxsize=2)
def h(a, b=2, *, c=3):
    print('h', a, b, c)
    return a + b + c

print(h(1), h(1, 2), h(1, b=2), h(a=1), h(1, c=3), h(1))
print(h.cache_info())
