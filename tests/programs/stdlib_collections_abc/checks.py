from collections import abc
import collections
vals = [[], (), {}, set(), frozenset(), 'x', b'x', bytearray(), range(3), iter([]), (x for x in []), 3, None, {}.keys(), {}.items(), {}.values(), len, memoryview(b'')]
names = ['Iterable', 'Iterator', 'Generator', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'Set', 'MutableSet', 'Hashable', 'Sized', 'Container', 'Callable', 'Collection', 'Reversible', 'ByteString', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView']
for v in vals:
    print(type(v).__name__, ''.join('1' if isinstance(v, getattr(abc, n)) else '0' for n in names))
print(issubclass(list, abc.Sequence), issubclass(dict, abc.Sequence), issubclass(str, abc.Hashable), issubclass(list, abc.Hashable))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), abc.Iterator), isinstance(It(), abc.Iterable), isinstance(It(), abc.Sized))
class Lenny:
    def __len__(self): return 0
print(isinstance(Lenny(), abc.Sized), isinstance(Lenny(), abc.Container))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), abc.Hashable))
class MySeq:
    pass
abc.Sequence.register(MySeq)
print(issubclass(MySeq, abc.Sequence), issubclass(MySeq, abc.Iterable), isinstance(MySeq(), abc.Sequence))
async def co(): pass
c = co()
print(isinstance(c, abc.Coroutine), isinstance(c, abc.Awaitable))
c.close()
