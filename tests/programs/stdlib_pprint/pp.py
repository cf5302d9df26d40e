import pprint, io
data = {'name': 'fastpy', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'deep': ('x', 'y') * 8}], 'b': set(range(5)), 'c': frozenset()}, 'text': 'lorem ipsum dolor sit amet ' * 4, 'empty': {}, 'tuple1': (1,)}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data['versions'], compact=True, width=50)
print(pprint.pformat({'b': 1, 'a': 2}), pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False))
print(pprint.saferepr([1, [2, [3]]]), pprint.isreadable({'a': 1}), pprint.isrecursive([1]))
r = [1, 2]; r.append(r); print(pprint.pformat(r).split(' with id=')[0], pprint.isrecursive(r))
buf = io.StringIO(); pprint.PrettyPrinter(indent=4, width=30, stream=buf).pprint({'key%d' % i: i for i in range(4)}); print(buf.getvalue(), end='')
pprint.pp([{'x': i, 'y': str(i) * 10} for i in range(3)], width=60)
import collections
pprint.pprint(collections.OrderedDict(a=1, b=[1] * 30), width=40)
pprint.pprint(collections.defaultdict(list, {'k': list(range(25))}), width=50)
pprint.pprint(b'bytes ' * 15, width=40)
