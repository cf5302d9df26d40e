# str, bytes and bytearray never match sequence patterns; other types
# that are not sequences (dicts, sets, ints, iterators) do not either.
def f(x):
    match x:
        case [a, b]:
            return "pair"
        case [*items]:
            return "sequence of %d" % len(items)
    return "not a sequence"

for x in ["ab", b"ab", bytearray(b"ab"), {1: 2, 3: 4}, {1, 2}, 12,
          iter([1, 2]), [1, 2], (1, 2, 3)]:
    print(type(x).__name__, f(x))
