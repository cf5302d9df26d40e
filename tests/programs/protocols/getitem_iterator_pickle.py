import pickle, collections.abc

class SequenceClass:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if 0 <= i < self.n:
            return i
        raise IndexError

class Unlimited:
    def __getitem__(self, i):
        return i

orig = SequenceClass(5)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    itorig = iter(orig)
    it, seq = pickle.loads(pickle.dumps((itorig, orig), proto))
    seq.n = 7
    print(proto, type(it) is type(itorig), list(it))
    next(itorig)
    it, seq = pickle.loads(pickle.dumps((itorig, orig), proto))
    seq.n = 7
    print(proto, list(it))
    for x in itorig:
        pass
    it, seq = pickle.loads(pickle.dumps((itorig, orig), proto))
    print(proto, isinstance(it, collections.abc.Iterator), list(it))

it = iter(SequenceClass(3))
print(it.__reduce__()[1:] == ((it.__reduce__()[1][0],), 0))
next(it)
print(it.__reduce__()[2])
list(it)
print(it.__reduce__()[1])
it = iter(Unlimited())
it.__setstate__(-42)
print(next(it), next(it))
it.__setstate__(10)
print(next(it))
try:
    it.__setstate__('x')
except TypeError as e:
    print('TypeError', e)

a = SequenceClass(5)
exhit = iter(a)
empit = iter(a)
for x in exhit:
    next(empit)
a.n = 7
print(list(exhit), list(empit), list(a))
