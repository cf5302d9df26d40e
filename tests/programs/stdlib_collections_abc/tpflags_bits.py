# type.__flags__ shows the sequence and mapping bits
from collections.abc import Sequence, Mapping, Collection
import collections

for t in (list, tuple, dict, str, Sequence, Mapping, collections.UserList,
          collections.UserDict, int):
    f = t.__flags__
    print(t.__name__, bool(f & (1 << 5)), bool(f & (1 << 6)))

try:
    class Both(Collection):
        __abc_tpflags__ = (Sequence.__flags__ | Mapping.__flags__)
except TypeError as e:
    print(type(e).__name__, e)
