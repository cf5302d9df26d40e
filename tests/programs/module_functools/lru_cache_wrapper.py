# functools.lru_cache and functools.cache: the _lru_cache_wrapper type.
import functools

@functools.lru_cache(maxsize=3)
def sq(x):
    print('computing', x)
    return x * x

for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    print(sq(v))
print(sq.cache_info())
print(type(sq).__name__, sq.__name__, sq.__wrapped__.__name__, sq.__doc__)
sq.cache_clear()
print(sq.cache_info())

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@functools.lru_cache(typed=True)
def t(x, *, y=0):
    print('call', repr(x), y)
    return x
t(1); t(1.0); t(1); t(1, y=2); t(1, y=2); t(x=1)
print(t.cache_info(), t.cache_parameters())

@functools.lru_cache(maxsize=0)
def z(x): return x
z(1); z(1)
print(z.cache_info())

class C:
    @functools.lru_cache
    def m(self, a):
        print('m', a)
        return a + 1
c = C()
print(c.m(1), c.m(1), C.m.cache_info())
try:
    sq([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools._lru_cache_wrapper(1, 2, False, None)
except TypeError as e:
    print(e)
try:
    functools._lru_cache_wrapper(len, 'x', False, functools._CacheInfo)
except TypeError as e:
    print(e)
import weakref, copy, pickle
r = weakref.ref(sq)
print(r() is sq, copy.copy(sq) is sq, copy.deepcopy(sq) is sq)
print(pickle.loads(pickle.dumps(fib)) is fib)

class D:
    def __del__(self):
        print('D released')
@functools.lru_cache(maxsize=1)
def keep(k):
    return D()
keep(1)
print('evicting')
keep(2)
print('clearing')
keep.cache_clear()
print('done')
