for i in range(3):
    print('range', i)
for item in [1, 'two', 3.0]:
    print('list', item)
for item in (4, 5):
    print('tuple', item)
for ch in 'hey':
    print('str', ch)
d = {'x': 1, 'y': 2}
for key in d:
    print('dict', key, d[key])
for k, v in d.items():
    print('items', k, v)
for v in d.values():
    print('value', v)
for k in d.keys():
    print('key', k)
for i in range(10, 0, -3):
    print('down', i)
for x in []:
    print('never')
else:
    print('empty loop else')
