it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration:
    print("stop")
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
print(iter(it) is it, type(iter(counter, 1)).__name__)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5, 1)
except TypeError as e:
    print(e)
print(list(iter({3: 4})), list(iter({5})), sorted(iter({"b", "a"})))
