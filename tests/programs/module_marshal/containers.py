import marshal


def show(v):
    if isinstance(v, (set, frozenset)):
        return type(v).__name__ + str(sorted(repr(x) for x in v))
    return repr(v)


values = [(), (1,), (1, 2, 3), ('a', 'b'), [], [1, 2, 3], [[1], [2, [3]]],
          {}, {'a': 1, 'b': [2, 3]}, {1: 'one', (1, 2): None, 'k': {'n': ()}},
          set(), {1, 2, 3}, {'b', 'a', 'c'}, frozenset(), frozenset({3, 1, 2}),
          {(1, 2), frozenset([3]), 'z', 5, 2.5, None},
          tuple(range(300)), list(range(10)), [1.5, 1.5, 2.5],
          [1000, 1000, 'abc', 'abc', (1, 2), (1, 2)], ['x', 'y', 'x'],
          {'key': 'value', 'other': 'value'}, [True, False, None, ...],
          [b'ab', b'ab', bytearray(b'ab')]]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(show(v)[:70])
    print('  ', data[:120])
    print('  ', show(back)[:70], back == v, type(back).__name__)
big = {i: [str(i), i * 1.5, (i, -i)] for i in range(50)}
print(marshal.loads(marshal.dumps(big)) == big, len(marshal.dumps(big)))
s = {frozenset({1, 2}), frozenset({'a'}), (1, 'b'), 10**20, -3}
print(marshal.dumps(s))
print(marshal.loads(marshal.dumps(s)) == s)
nested = [1]
for i in range(100):
    nested = [nested]
print(marshal.loads(marshal.dumps(nested)) == nested)
d = {'b': 1, 'a': 2}
print(list(marshal.loads(marshal.dumps(d))))
