a = [3, 1, 2]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
print(sorted("hello"), sorted([3.5, 1, 2.25]), sorted({3: 1, 1: 2}))
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
b = [1, 2, 3]
def bad(x):
    b.append(x)
    return x
try:
    b.sort(key=bad)
except ValueError as e:
    print(e)
print(b)
try:
    [].sort(1)
except TypeError as e:
    print(e)
