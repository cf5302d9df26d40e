# Mapping patterns look keys up; extra keys in the subject are allowed.
def f(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return "point %r %r" % (x, y)
        case {"type": "circle", "r": r}:
            return "circle %r" % (r,)
        case {}:
            return "some mapping with %d keys" % len(m)
    return "not a mapping"

print(f({"type": "point", "x": 1, "y": 2}))
print(f({"y": 2, "x": 1, "type": "point", "extra": True}))
print(f({"type": "circle", "r": 5}))
print(f({"type": "point", "x": 1}))
print(f({}))
print(f([("type", "circle")]))
print(f("type"))
