import pickle

d = {'a': 1, 'b': 2, 'c': 3}
for make in (lambda: iter(d), lambda: iter(d.values()), lambda: iter(d.items())):
    it = make()
    print(it.__reduce__()[1])
    next(it)
    print(it.__reduce__()[1], list(it))
    print(it.__reduce__()[1])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = make()
        next(it)
        print(proto, list(pickle.loads(pickle.dumps(it, proto))))

class C:
    def __init__(self):
        self.i = 0
    def __call__(self):
        self.i += 1
        return self.i
it = iter(C(), 4)
r = it.__reduce__()
print(r[0] is iter, type(r[1][0]).__name__, r[1][1])
print(next(it))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, list(pickle.loads(pickle.dumps(it, proto))))
print(list(it), it.__reduce__()[1])

dd = {1: 2}
it = iter(dd)
dd[3] = 4
try:
    it.__reduce__()
except RuntimeError as e:
    print('RuntimeError', e)
