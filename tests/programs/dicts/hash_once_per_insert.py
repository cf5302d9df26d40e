# Storing a new key, setdefault, and growing the table call the key's
# __hash__ once.
class Hashed(object):
    def __init__(self, name):
        self.name = name
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)
    def __repr__(self):
        return self.name

def counts(*hs):
    return [h.hash_count for h in hs]

h1 = Hashed('h1')
y = {h1: 5}
print(counts(h1))
h2 = Hashed('h2')
print(y.setdefault(h2, []), counts(h1, h2))
print(y.setdefault(h2, 'other'), counts(h1, h2))

h1 = Hashed('h1')
y = {h1: 5, 0: 0, 1: 1, 2: 2, 3: 3}
h2 = Hashed('h2')
y[h2] = []
print(counts(h1, h2))
y[h2] = 'again'
print(counts(h1, h2), y[h2], len(y))
d = {}
for i in range(20):
    d[Hashed('k%d' % i)] = i
print(sum(k.hash_count for k in d), len(d))
t = (Hashed('t'),)
d = {t: 1}
d[t] = 2
print(t[0].hash_count, d)
print(d.setdefault((1, 2), 'x'), d.setdefault((1, 2), 'y'), d)
