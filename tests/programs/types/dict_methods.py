d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)], d=4)
d.update(e=5)
print(d)
print(d.setdefault("a", 9), d.setdefault("z", 0), d.setdefault("n"), d)
print(d.pop("z"), d.pop("missing", "dflt"), d.get("a"), d.get("q"), d.get("q", 7))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d.popitem(), d)
e = d.copy(); d.clear()
print(d, e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2)], x=3), dict({1: 2}))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    dict([1])
except TypeError as e:
    print(e)
try:
    {}.update(1)
except TypeError as e:
    print(e)
