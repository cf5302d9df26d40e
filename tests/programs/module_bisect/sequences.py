import _bisect

log = []

class Seq:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        log.append('len')
        return len(self.items)
    def __getitem__(self, i):
        log.append(i)
        return self.items[i]
    def insert(self, i, x):
        log.append(('insert', i, x))
        self.items.insert(i, x)

s = Seq([10, 20, 30, 40, 50, 60, 70])
print(_bisect.bisect_left(s, 35), log)
del log[:]
print(_bisect.bisect_right(s, 70, 2), log)
del log[:]
_bisect.insort_left(s, 25)
print(s.items, log)
del log[:]
_bisect.insort_right(s, 25, key=lambda v: v)
print(s.items, log)

class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append(('lt', self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return 'K%d' % self.v

del log[:]
ks = [Key(1), Key(3), Key(5), Key(7)]
print(_bisect.bisect_left(ks, Key(4)), log)
del log[:]
_bisect.insort_right(ks, Key(5))
print(ks, log)

class MyList(list):
    def insert(self, i, x):
        print('MyList.insert', i, x)
        list.insert(self, i, x)

m = MyList([1, 3, 5])
_bisect.insort_left(m, 4)
print(m)

class Broken:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        raise IndexError('nope %d' % i)
try:
    _bisect.bisect_left(Broken(), 1)
except IndexError as e:
    print('IndexError', e)
