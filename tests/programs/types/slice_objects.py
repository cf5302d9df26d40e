s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print([0, 1, 2, 3, 4, 5][s], "abcdef"[slice(None, None, -2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    hash(slice(1))
except TypeError as e:
    print(e)
try:
    slice(1, 2, 3).indices(-1)
except ValueError as e:
    print(e)
