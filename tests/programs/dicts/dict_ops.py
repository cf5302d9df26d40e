d = {}
d[1] = 'int'
d[1.0] = 'float overwrites int key'
d['1'] = 'str'
d[(1, 2)] = 'tuple'
d[True] = 'bool is 1'
print(d)
print(len(d), d[1], d['1'])
d2 = {'x': [1, 2], 'y': {'nested': True}}
d2['x'].append(3)
print(d2, d2['y']['nested'])
print({'a': 1} == {'a': 1}, {'a': 1} == {'a': 2}, {} == {})
print(dict(), dict(a=1, b=2), dict([('k', 'v')]), dict({'z': 0}))
order = {}
for k in ['zeta', 'alpha', 'mid']:
    order[k] = len(k)
print(list(order))
del order['alpha']
order['alpha'] = 0
print(order)
