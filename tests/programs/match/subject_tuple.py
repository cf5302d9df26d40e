# `match a, b:` matches a tuple; starred items are unpacked into it.
a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")
rest = [3, 4]
match a, *rest:
    case (x, *ys):
        print(x, ys)
match (a, b):
    case [p, q]:
        print("parenthesized", p, q)
match a,:
    case (only,):
        print("one-tuple", only)
