print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("cba"), sorted((2, 1)))
print(sorted(["bb", "a", "ccc"], key=len), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}.items()))
print(sorted([1, -2, 3], key=abs, reverse=True), sorted([]), sorted(x for x in [2, 1]))
data = [("x", 2), ("y", 1), ("z", 2)]
print(sorted(data, key=lambda p: p[1]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    sorted()
except TypeError as e:
    print(e)
try:
    sorted([1], 2)
except TypeError as e:
    print(e)
