for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate([10, 20], 5)), list(enumerate([], 1)), list(enumerate("ab", start=-1)))
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1, 2], [3])), list(zip(range(3))))
for a, b in zip([1, 2], [3, 4]):
    print(a * b)
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
print(type(e).__name__, type(zip()).__name__, iter(e) is e)
print(list(enumerate("a", 2 ** 64)))
try:
    enumerate()
except TypeError as e:
    print(e)
try:
    zip(1)
except TypeError as e:
    print(e)
