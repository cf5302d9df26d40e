import weakref


class A:
    def __init__(self, n):
        self.n = n


refs = []


def cb(ref):
    print("callback for ref number", refs.index(ref), "dead:", ref() is None)


items = [A(i) for i in range(3)]
for item in items:
    refs.append(weakref.ref(item, cb))
print("before del")
del items
print("after del")
