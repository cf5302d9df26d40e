# Python callables that return one of their (temporary) arguments to the
# builtin that called them: the result and the argument are one object.
import itertools, functools, operator, heapq, collections, copy
class T:
    n = 0
    def __init__(self, v): self.v = v; self.d = {'v': v}
    def __repr__(self): return 'T(%r)' % (self.v,)
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __eq__(self, o): return isinstance(o, T) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __iter__(self): return self
    def __next__(self):
        T.n += 1
        if T.n % 4 == 0: raise StopIteration
        return T(T.n)
    def __enter__(self): return self
    def __exit__(self, *a): return False
    def __index__(self): return self.v
    def __call__(self, *a): return self
    def __getitem__(self, i): return self
    def __get__(self, inst, owner): return self
    def __format__(self, spec): return 'F%s' % self.v
    def __bool__(self): return True

def g(n=4): return (T(i) for i in range(n))
ident = lambda x: x
first = lambda a, b: a
second = lambda a, b: b
print(list(itertools.accumulate(g(), first)), list(itertools.accumulate(g(), second)))
print(functools.reduce(first, g()), functools.reduce(second, g()), functools.reduce(first, g(), T(9)))
print(max(g(), key=ident), min(g(), key=ident), sorted(g(), key=ident))
print(max(T(1), T(2)), min(T(1), T(2)), max([T(3), T(1)]))
print([(k, list(v)) for k, v in itertools.groupby(g(), ident)])
print(list(iter(T(0))))
print(list(map(ident, g())), list(map(first, g(), g())), list(map(second, g(), g())))
print(list(itertools.starmap(second, zip(g(), g()))))
print(list(filter(ident, g())), list(itertools.filterfalse(lambda x: not x, g())))
print(list(itertools.takewhile(ident, g())), list(itertools.dropwhile(lambda x: False, g())))
print(heapq.nlargest(2, g(), key=ident), heapq.nsmallest(2, g(), key=ident))
print(list(heapq.merge(g(), g(), key=ident)))
print(sorted(g(), key=functools.cmp_to_key(lambda a, b: -1 if a < b else 1)))
with T(5) as t: print(t)
print(T(7)(1)(2), T(8)[1][2])
class C:
    a = T(3)
print(C.a, C().a)
print(format(T(4)), f"{T(5)}", "{}".format(T(6)), "{0!r:>8}".format(T(7)))
print([1, 2, 3, 4, 5][T(1):T(3)], list(range(10))[T(2)])
d = collections.defaultdict(lambda: T(0)); print(d[1], d[2])
class M(dict):
    def __missing__(self, k): return k
print(M()[T(1)], M().get(1))
print(dict.fromkeys(g(), T(0)))
print(copy.copy(T(1)), copy.deepcopy([T(2)]))
print(getattr(T(1), 'v'), vars(T(2)))
print(next(iter(g())), next(g(), None), next(iter([]), T(9)))
print(list(zip(*[g(), g()])))
print(list(itertools.chain.from_iterable([g(), g()])))
print(list(itertools.islice(itertools.cycle(g(2)), 5)))
print(list(itertools.compress(g(), map(ident, g()))))
print(list(reversed([T(1), T(2)])))
s = {T(1)}; s.add(T(1)); s.discard(T(1)); print(s)
print(operator.itemgetter(0)([T(1)]), operator.attrgetter('v')(T(2)), operator.methodcaller('__repr__')(T(3)))
print(list(map(operator.itemgetter(0), [[T(1)], [T(2)]])))
print(isinstance(T(1), T), issubclass(T, object))
print(any(map(ident, g())), all(map(ident, g())), sum(map(operator.attrgetter('v'), g())))
import functools as ft
@ft.lru_cache
def cached(x): return x
print([cached(t) for t in g()], cached(T(1)))
p = ft.partial(first, T(1)); print(p(T(2)))
print(list(enumerate(map(ident, g()))))
print(sorted(set(map(ident, g()))), sorted(frozenset(map(ident, g()))))
print(list(dict(zip(map(ident, g()), map(ident, g()))).items()))
print(str(T(1)), repr(T(2)), ascii(T(3)))
print(tuple(map(ident, g())))
print("done")
