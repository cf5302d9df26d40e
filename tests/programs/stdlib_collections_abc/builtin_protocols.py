def f(a, b=2, *c, **k): return a, b, c, k
print(type(f).__call__(f, 1, 3, 4, x=5), f.__call__(1), len.__call__('ab'), [].append.__call__(1))
class A:
    def m(self, x): return x * 2
print(A().m.__call__(4), type(A().m).__call__(A().m, 5), callable(f))
import collections.abc as abc
print(isinstance(f, abc.Callable), isinstance(len, abc.Callable), isinstance(A().m, abc.Callable), isinstance(1, abc.Callable))
it = iter([1, 2]); print(it.__next__(), next(it), it.__iter__() is it)
try:
    it.__next__()
except StopIteration:
    print('stop')
print(list(reversed({'a': 1, 'b': 2})), list({'a': 1}.items().__reversed__()), list([1, 2].__reversed__()), list(range(3).__reversed__()))
try:
    hash({}.keys())
except TypeError as e:
    print(e)
print(type(hash({}.values())).__name__)
for o in [iter(()), iter(''), iter({}), iter({}.values()), iter({}.items()), iter(set()), iter(range(3)), reversed([]), reversed('ab'), enumerate([]), zip(), map(len, []), filter(None, []), iter(int, 1)]:
    print(type(o).__name__, isinstance(o, abc.Iterator), hasattr(o, '__next__'), o.__iter__() is o)
print(isinstance({}, abc.Reversible), isinstance({}.keys(), abc.Reversible), isinstance({}.values(), abc.Hashable), isinstance({}.items(), abc.Hashable))
m = map(str.upper, 'ab'); print(m.__next__(), list(m))
