t = (1, 2, 3, 2, 1)
print(t.count(1), t.count(9), t.index(2), t.index(2, 2), t.index(1, 1))
try:
    t.index(9)
except ValueError as e:
    print(e)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
