# {**m} takes any object with keys() and __getitem__
class K:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k * 2

class D(dict):
    pass

print({**K(), 'c': 1})
print({'z': 0, **D(x=1), **K()})

class NoKeys:
    def __getitem__(self, k):
        return k

class BadKeys:
    def keys(self):
        raise AttributeError('inner')

class Broken:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        raise KeyError(k)

for obj in (3, NoKeys(), BadKeys(), Broken()):
    try:
        print({**obj})
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
