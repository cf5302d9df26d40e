# A mappingproxy's reads go through the mapping's own methods.
MP = type(type.__dict__)
print(sorted(set(dir(MP({}))) - set(dir(object()))))

v = MP({'a': 'A'})
print(v['a'], v.get('a'), v.get('x'), v.get('x', 42))
try:
    v.__getitem__('xxx')
except KeyError as e:
    print('KeyError', e)
try:
    v['b'] = 1
except TypeError as e:
    print(type(e).__name__, e)


class customdict(dict):
    def __contains__(self, key):
        return key == 'magic' or dict.__contains__(self, key)

    def __iter__(self):
        return iter(('iter',))

    def __len__(self):
        return 500

    def copy(self):
        return 'copy'

    def keys(self):
        return 'keys'

    def values(self):
        return 'values'

    def items(self):
        return 'items'

    def __getitem__(self, key):
        return "getitem=%s" % dict.__getitem__(self, key)

    def get(self, key, default=None):
        return "get=%s" % dict.get(self, key, 'default=%r' % default)


view = MP(customdict({'key': 'value'}))
print('key' in view, 'magic' in view, 'xxx' in view)
print(view['key'], tuple(view), len(view))
print(view.copy(), view.keys(), view.values(), view.items())
print(view.get('key'), view.get('xxx'))

d = {'a': 1, 'b': 2, 'foo': 0, 'c': 3}
mp = MP(d)
del d['foo']
r = reversed(mp)
print(list(r), next(r, 'done'))
print(mp | {'z': 1}, {'z': 1} | mp)
print(mp == d, mp != d, repr(mp), str(mp))
c = mp.copy()
print(type(c).__name__, c == d, c is d)
print(MP[int])
