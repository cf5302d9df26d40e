# The hash of a tuple of ints, floats and tuples is CPython's, and so is
# the iteration order of a set of such tuples.
for t in [(), (0,), (0, 0), (0.5,), (0.5, (), (-2, 3, (4, 6))), (1, 2),
          (-1,), (-2,), (2 ** 70, 3), (True, None is None)]:
    print(t, hash(t))
print(hash(range(3, 20, 2)) == hash((9, 3, 2)))
s = set()
for i in range(6):
    for j in range(3):
        s.add((i, j))
print(list(s))
print({(1, 2): 'a', (2, 1): 'b'}.keys() & {(2, 1)})
