d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.items()))
d.update({'c': 3, 'a': 10})
print(d)
print(d.pop('b'), d.pop('missing', 'dflt'), d)
e = d.copy()
e['new'] = 1
print(d, e)
print(d.setdefault('a', 0), d.setdefault('q', 7), d)
print(len(d), 'a' in d, 'b' in d, 10 in d.values())
