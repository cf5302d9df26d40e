# Mapping keys may be literals of every kind and dotted names.
class K:
    NAME = "name"

def f(m):
    match m:
        case {K.NAME: n}:
            return "name=%s" % n
        case {1: one, -2: minus_two}:
            return "ints %s %s" % (one, minus_two)
        case {None: a, True: b}:
            return "singletons %s %s" % (a, b)
        case {b"raw": r}:
            return "bytes key %s" % r
        case {2.5: f}:
            return "float key %s" % f
    return "no match"

print(f({"name": "ann"}))
print(f({1: "x", -2: "y"}))
print(f({None: "n", 1: "t"}))
print(f({b"raw": 7}))
print(f({2.5: "half"}))
print(f({1: "only"}))
