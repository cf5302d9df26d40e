# Subclasses of types.GenericAlias (collections.abc.Callable[...] is one).
import collections.abc, types
C = collections.abc.Callable[[int], str]
print(C, type(C).__name__, C.__args__, C.__origin__)
print(C == collections.abc.Callable[[int], str], hash(C) == hash(collections.abc.Callable[[int], str]))
class SubClass(types.GenericAlias): ...
d = SubClass(list, float)
print(type(d).__name__, d, d.__args__, d.__origin__, isinstance(d, types.GenericAlias))
print(d | int, type(d | int).__name__, (d | int).__args__)
print(list[int] | d)
print(d[0] if False else d.__parameters__)
print(int | C)
class S2(types.GenericAlias):
    def __new__(cls, origin, args):
        print('new', cls.__name__)
        return super().__new__(cls, origin, args)
s = S2(dict, (str, int))
print(s, s.__class__.__name__, s())
