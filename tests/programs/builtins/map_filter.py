print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(len, ["a", "bb"])), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
m = map(abs, [-1, -2])
print(next(m), next(m), next(m, "done"), type(m).__name__)
f = filter(None, [0, 1])
print(type(f).__name__, list(f), list(f))
try:
    map(abs)
except TypeError as e:
    print(e)
try:
    filter(None)
except TypeError as e:
    print(e)
try:
    list(map(abs, ["x"]))
except TypeError as e:
    print(e)
