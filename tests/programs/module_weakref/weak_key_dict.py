# WeakKeyDictionary: entries go when their keys are released.
import weakref


class Key:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Key(%d)' % self.n


d = weakref.WeakKeyDictionary()
k1, k2 = Key(1), Key(2)
d[k1] = 'one'
d[k2] = 'two'
print(len(d), d[k1], k2 in d)
del k1
print(len(d), list(d.values()))
keys = list(d.keys())
print(keys)
del keys
k2 = None
print(len(d), dict(d))
