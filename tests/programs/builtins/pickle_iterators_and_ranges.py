# Pickling range objects, the list/tuple/str/range iterators (the
# consumed count survives, __setstate__ clamps it) and builtin functions.
import pickle, copy, sys
for seq in [[1, 2, 3], (4, 5, 6), 'abc', range(10, 20, 3), range(-2**65, 20, 3 * 2**60), range(5, 0, -1)]:
    it = iter(seq)
    print(type(it).__name__, it.__reduce__()[1:] if not isinstance(seq, range) else it.__reduce__()[1:])
    next(it)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it2 = pickle.loads(pickle.dumps(it, proto))
        print(proto, type(it2).__name__, list(it2))
    print(list(copy.copy(it)), list(it))
    print(it.__reduce__())
print(pickle.loads(pickle.dumps(range(3, 9, 2))), range(3, 9, 2).__reduce__())
it = iter(range(10, 20, 3)); it.__setstate__(2); print(list(it))
it = reversed(range(10, 20, 3)); it.__setstate__(3); print(list(it))
it = iter(range(-2**65, 20, 3)); it.__setstate__(2**64 + 7); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(-5); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(10); print(list(it))
it = iter((1, 2, 3)); it.__setstate__(1); print(list(it))
try:
    iter([1]).__setstate__('x')
except TypeError as e:
    print(e)
print(pickle.loads(pickle.dumps(reversed(range(5)))).__class__.__name__)
print(len.__reduce__(), [].append.__reduce__()[1][1], list.append.__reduce__())
print(pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps([5].append))(6))
