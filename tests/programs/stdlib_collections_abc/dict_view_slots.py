d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
print(k.__len__(), 'a' in k, k.__contains__('z'), list(k.__iter__()), k.__repr__(), v.__repr__(), i.__repr__())
print(sorted(k | {'c'}), k & ['a', 'q'], k - {'a'}, k ^ {'a', 'z'} == {'b', 'z'}, ['x'] | k == {'x', 'a', 'b'}, {'a'} & k)
print(k == {'a', 'b'}, k <= {'a', 'b', 'c'}, k < {'a', 'b'}, k.__eq__({'a', 'b'}), i == {('a', 1), ('b', 2)}, ('a', 1) in i, i.__contains__(('a', 2)))
print(k.__or__([1]) == {'a', 'b', 1}, i - {('a', 1)}, k.isdisjoint({'q'}), v.__len__(), list(v.__iter__()), list(reversed(v)))
print(sorted(n for n in type(k).__dict__ if n.startswith('__') and n not in ('__doc__', '__getattribute__')))
print(sorted(n for n in type(v).__dict__ if n.startswith('__') and n not in ('__doc__', '__getattribute__')))
