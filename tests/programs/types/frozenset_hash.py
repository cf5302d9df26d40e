print(hash(frozenset()))
print(hash(frozenset([1, 2, 3])))
print(hash(frozenset([1])) == hash(frozenset([1])))
print(hash(frozenset(range(20))))
print(hash(frozenset([frozenset([1]), 2])))
d = {frozenset([1, 2]): "a"}
print(d[frozenset([2, 1])])
print(frozenset([1, 2]) == {1, 2}, frozenset("") == set())
print(frozenset([3, 1]), repr(frozenset()))
