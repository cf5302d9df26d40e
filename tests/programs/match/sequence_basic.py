# Sequence patterns match lists and tuples of the right length.
def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return "one: %r" % (a,)
        case (a, b):
            return "two: %r %r" % (a, b)
        case a, b, c:
            return "three: %r %r %r" % (a, b, c)
    return "other"

for x in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3), [1, 2, 3, 4]]:
    print(repr(x), f(x))
