# Builtin types publish their special methods as real objects.
print(int.__add__(2, 3), (2).__add__(3), int.__add__(2, 1.5))
print(float.__mul__(2.0, 3), (1.5).__radd__(1))
print(str.__add__("a", "b"), list.__len__([1, 2]), [1, 2].__len__())
print([1, 2].__getitem__(1), "abc".__contains__("b"))
print(int.__lt__(1, 2), (3).__eq__(3.0), (3).__eq__("3"))
print(list.__hash__, dict.__hash__ is None)
print(object.__eq__(1, 1), object.__ne__(1, 2))
d = {}
d.__setitem__("k", 1)
print(d, d.__getitem__("k"))
print((5).__neg__(), (5).__abs__(), (-5).__abs__(), (5).__index__())
print(tuple.__add__((1,), (2,)), tuple.__mul__((1,), 3))
print(hash(1) == (1).__hash__())
