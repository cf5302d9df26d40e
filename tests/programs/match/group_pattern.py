# Parentheses group a pattern; (p) is not a one-element sequence.
def f(x):
    match x:
        case (1):
            return "one"
        case (2 | 3):
            return "two or three"
        case ([a, b]):
            return "pair %r %r" % (a, b)
        case (1,):
            return "tuple of one"
        case ((4 | 5) as n):
            return "n=%d" % n
    return "other"

for x in [1, 2, 3, [7, 8], (1,), [1], 5, (1, 2, 3)]:
    print(repr(x), f(x))
