# Guards are evaluated after the pattern matched and its names were
# bound; a false guard moves on to the next case, keeping the bindings.
def f(x):
    match x:
        case [a, b] if a == b:
            return "equal pair"
        case [a, b] if a > b:
            return "descending"
        case [a, b]:
            return "ascending %r %r" % (a, b)
        case _ if x is None:
            return "none"
        case n if (m := n * 2) > 10:
            return "doubled %r" % m
        case _:
            return "fallback, m=%r" % m

for x in [[1, 1], [3, 2], [2, 3], 6, 5, None]:
    print(repr(x), f(x))

match 3:
    case y if y > 5:
        print("big")
    case _:
        print("y bound after guard failed:", y)
