import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info(), sq.__wrapped__(4))
@functools.lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20))
class Data:
    def __init__(self, v):
        self.v = v
    @functools.cached_property
    def doubled(self):
        print('computing')
        return self.v * 2
d = Data(21)
print(d.doubled, d.doubled, 'doubled' in d.__dict__)
del d.doubled
print(d.doubled)
print(Data.doubled.attrname)
