print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any(x > 2 for x in range(5)), all(x < 5 for x in range(5)), any("abc"), all(""))
def gen():
    yield 1
    print("after")
    yield 0
print(any(gen()))
try:
    any(5)
except TypeError as e:
    print(e)
