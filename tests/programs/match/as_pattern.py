# `p as name` binds the subject of p once p matched.
def f(x):
    match x:
        case [1 | 2 as small, *_] as whole:
            return "small %r in %r" % (small, whole)
        case {"k": [_, _] as pair}:
            return "pair %r" % (pair,)
        case (str() | bytes()) as text:
            return "text %r" % (text,)
        case int() as n if n > 10:
            return "big %r" % (n,)
    return "other"

for x in [[1, 5], [2], [3], {"k": (1, 2)}, {"k": [1]}, "t", b"b", 11, 3]:
    print(repr(x), f(x))
