# dict(d) and update(d): a dict subclass that overrides __iter__ is
# merged through keys() and __getitem__; otherwise in the dict's order;
# a source dict changed by a key's __eq__ meanwhile is an error.
class CustomDict(dict):
    pass

pairs = [('a', 1), ('b', 2), ('c', 3)]
print(list(dict(CustomDict(pairs)).items()))

class Reversed(dict):
    def keys(self):
        return reversed(list(dict.keys(self)))
    __iter__ = keys

print(list(dict(Reversed(pairs)).items()))

class KeysOnly(dict):
    def keys(self):
        return ['a']

print(dict(KeysOnly(pairs)))

class Lookup(dict):
    def __iter__(self):
        return iter(['b', 'a'])
    def keys(self):
        print('keys called')
        return ['c', 'a']
    def __getitem__(self, k):
        return k * 2

d = {}
d.update(Lookup(pairs))
print(d)

class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False

other = dict([(i, 0) for i in range(1, 30)])
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print(type(e).__name__, e)
