import weakref


class A:
    def __init__(self, n):
        self.n = n


s = weakref.WeakSet()
items = [A(i) for i in range(4)]
for it in items:
    s.add(it)
del it
print(len(s))
del items[1]
print("after del items[1]:", len(s), sorted(x.n for x in s))
items.pop()
print("after pop:", len(s), sorted(x.n for x in s))
items = None
print("after items = None:", len(s))
