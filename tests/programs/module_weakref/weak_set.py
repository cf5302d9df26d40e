# WeakSet: members go when released.
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Item(%d)' % self.n


s = weakref.WeakSet()
items = [Item(i) for i in range(4)]
for it in items:
    s.add(it)
print(len(s))
items.pop()
print(len(s))
del items[0]
print(len(s), sorted(s, key=lambda it: it.n))
items.clear()
print(len(s), list(s))
