# OR patterns try alternatives left to right; all must bind the same
# names, which may appear in a different order.
def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case ("add", a, b) | ("sum", b, a):
            return "a=%r b=%r" % (a, b)
        case [x0] | (x0, _) | {"only": x0}:
            return "x0=%r" % (x0,)
        case str() | bytes():
            return "text"
    return "other"

for x in [2, ("add", 1, 2), ("sum", 1, 2), [9], (8, 0), {"only": 7}, "s",
          b"b", 4.5]:
    print(repr(x), f(x))
