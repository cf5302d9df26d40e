print(sum([1, 2, 3]), sum([], 5), sum([0.1] * 10), sum([1, 2.5]), sum(range(101)), sum([[1], [2]], []))
print(sum(x * x for x in range(5)), sum([1e100, 1.0, -1e100]), sum([2 ** 64, 1]), sum([(1,), (2,)], ()))
print(sum([1, 2], start=10), sum([True, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
