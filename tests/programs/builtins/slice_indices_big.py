# slice.indices() with arbitrary ints (CPython's long path), slices are
# unhashable in 3.11, and slices pickle and deep-copy.
import sys, pickle, copy
print(slice(None, None, None).indices(10), slice(-100, 100).indices(10), slice(None, None, -1).indices(5))
print(slice(2**100, -2**100, -2**70).indices(2**90))
print(slice(0, 10, 3).indices(True), slice(None).indices(2**64))
for bad in [(slice(1), -1), (slice(1), 'x'), (slice('a'), 3), (slice(None, None, 0), 3)]:
    try:
        bad[0].indices(bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    hash(slice(5))
except TypeError as e:
    print(e)
print(slice.__hash__, pickle.loads(pickle.dumps(slice(1, 'a', None))), copy.deepcopy(slice([1], 2)))
