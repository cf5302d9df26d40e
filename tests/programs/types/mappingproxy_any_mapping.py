# types.MappingProxyType (type(type.__dict__)) over dicts, dict subclasses,
# user mappings and other subscriptable objects.
MP = type(type.__dict__)


class userdict(dict):
    pass


print(MP({'x': 1}) == {'x': 1}, MP(userdict(x=1)) == userdict(x=1))
print(MP({'x': 1}) != {'x': 2})
for bad in (10, ("a", "t"), ["a"], None):
    try:
        MP(bad)
    except TypeError as e:
        print(type(e).__name__, e)


class M:
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __len__(self):
        return len(self.d)

    def __iter__(self):
        return iter(self.d)

    def keys(self):
        return list(self.d)

    def get(self, k, default=None):
        return self.d.get(k, default)


m = MP(M({'q': 1}))
print(m['q'], len(m), list(m), m.keys(), m.get('q'), m.get('r', 5))
try:
    m.items()
except AttributeError as e:
    print(type(e).__name__, e)
print(MP("abc")[1])
d = {}
live = MP(d)
d['later'] = 1
print(live, len(live), 'later' in live, bool(live), bool(MP({})))
