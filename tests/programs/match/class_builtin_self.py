# For bool, bytearray, bytes, dict, float, frozenset, int, list, set, str
# and tuple one positional sub-pattern matches the subject itself.
def f(x):
    match x:
        case bool(b):
            return "bool %r" % (b,)
        case int(0 | 1 as small):
            return "small int %r" % (small,)
        case int(i):
            return "int %r" % (i,)
        case float(fl):
            return "float %r" % (fl,)
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return "str %r" % (s,)
        case bytes(bs):
            return "bytes %r" % (bs,)
        case bytearray(ba):
            return "bytearray %r" % (ba,)
        case list([first, *_]):
            return "list starting with %r" % (first,)
        case tuple(t):
            return "tuple of %d" % len(t)
        case dict({"k": v}):
            return "dict with k=%r" % (v,)
        case frozenset(fs):
            return "frozenset of %d" % len(fs)
        case set(st):
            return "set of %d" % len(st)
    return "other"

for x in [True, 0, 1, 7, 2.5, "", b"", "abc", b"xy", bytearray(b"z"),
          [9, 8], (1, 2), {"k": 3}, frozenset([1]), {1, 2}, [], None]:
    print(f(x))
