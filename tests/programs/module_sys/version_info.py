import sys
vi = sys.version_info
print(vi)
print(vi.major, vi.minor, vi.releaselevel, vi.serial)
print(vi >= (3, 8), vi < (3, 12), vi == tuple(vi), vi[:2], len(vi))
print(vi.index(11), vi.count(3), vi + (1,), vi * 1)
print(hash(vi) == hash(tuple(vi)), isinstance(vi, tuple))
major, minor, *rest = vi
print(major, minor, rest)
print(vi.__reduce__())
t = type(vi)
print(t, t.__name__, t.__module__, t.__mro__)
print(t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, t.__match_args__)
print(t.major)
print(sys.hexversion == (vi.major << 24 | vi.minor << 16 | vi.micro << 8 | 0xf0))
match vi:
    case (3, minor, *_):
        print('three', minor)
match vi:
    case t(major=3, minor=m):
        print('minor', m)
