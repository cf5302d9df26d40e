# Sequence and mapping patterns follow the abc machinery: subclasses of
# the abstract Sequence/Mapping, classes registered with them (before or
# after their own subclasses exist), and the first such base in the MRO.
import collections
import collections.abc


def seq_first(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"


def map_first(x):
    match x:
        case {}:
            return "map"
        case [*_]:
            return "seq"


class C:
    pass

class M1(collections.UserDict, collections.abc.Sequence): pass
class M2(C, collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class M4(dict, collections.abc.Sequence, C): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
class S4(collections.UserList, dict, C): pass
for cls in (M1, M2, M3, M4, S1, S3, S4):
    print(cls.__name__, seq_first(cls()), map_first(cls()))

for abc_cls in (collections.abc.Mapping, collections.abc.Sequence):
    class Parent: pass
    class ChildPre(Parent): pass
    class GrandchildPre(ChildPre): pass
    abc_cls.register(Parent)
    class ChildPost(Parent): pass
    for cls in (Parent, ChildPre, GrandchildPre, ChildPost):
        print(abc_cls.__name__, cls.__name__, seq_first(cls()), map_first(cls()))

# registering a builtin type does not change it
collections.abc.Sequence.register(bytearray)
print(seq_first(bytearray(b'ab')), seq_first('ab'), seq_first(range(3)))


class Seq(collections.abc.Sequence):
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * 10
    def __len__(self):
        return 5

match Seq():
    case [x, *mid, y]:
        print(x, mid, y)

match collections.UserDict({0: 1, 2: 3}):
    case {2: 3, **rest}:
        print(rest)

print('__abc_tpflags__' in collections.abc.Sequence.__dict__,
      '__abc_tpflags__' in collections.abc.Mapping.__dict__)
