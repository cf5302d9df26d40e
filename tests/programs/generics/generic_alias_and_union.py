# list[int], dict[str, T][int], int | str | None: types.GenericAlias and types.UnionType
import types
g = list[int]
print(type(g), g.__origin__, g.__args__, g.__parameters__, repr(dict[str, list[int]]), tuple[int, ...])
print(g == list[int], hash(g) == hash(list[int]), g(), g([1,2]), g.append)
import typing
T = typing.TypeVar('T')
h = list[T]; print(h.__parameters__, h[int], dict[str, T][int])
try: isinstance([], list[int])
except TypeError as e: print(e)
try: list[int][str]
except TypeError as e: print(e)
print(type[int], list[int].__mro_entries__((1,)))
class C(list[int]): pass
print(C.__bases__, C.__orig_bases__)
print(tuple[()])
u = int | str | None
print(u, type(u), u.__args__, int | int, (int|str) == (str|int), hash(int|str)==hash(str|int), isinstance(3, int|str), issubclass(bool, int|None))
print(list[int] | None, None | int, int | list[int])
try: int | 3
except TypeError as e: print(e)
print(u.__parameters__, type(u).__module__, type(u).__name__)
