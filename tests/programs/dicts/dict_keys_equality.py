# Keys that compare equal share a slot: 1, 1.0 and True are the same key.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d[2.5] = 'x'
d[(1, 2)] = 'tuple'
d['1'] = 'str'
d[-0.0] = 'negzero'
d[0] = 'zero'
print(d)
print(d[0.0], d[False], d[(1.0, 2.0)], 1 in d, '1' in d, 3 in d)
print(d.get(2.5), d.get(2), d.get((1, 2), 'none'), d.get('zz', 'none'))

# insertion order survives overwrite, but not delete + reinsert
order = {'x': 1, 'y': 2, 'z': 3}
order['x'] = 10
print(order)
del order['x']
order['x'] = 100
print(order, list(order))
order.update({'y': 20, 'w': 4})
print(order)
print(order.pop('z'), order.pop('nope', 'default'), order)

# copies are independent at the top level
a = {'k': [1, 2]}
b = a.copy()
b['k'].append(3)
b['j'] = 0
print(a, b, a == b)
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {} == {}, {1: 2} != {1: 3})

# large integer keys and negative keys
big = {}
for e in range(0, 200, 40):
    big[2 ** e] = e
    big[-(2 ** e)] = -e
print(big[2 ** 160], big[-(2 ** 80)], len(big))
