# WeakValueDictionary: entries go when their values are released.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Obj(%s)' % self.name


d = weakref.WeakValueDictionary()
a, b, c = Obj('a'), Obj('b'), Obj('c')
d['a'] = a
d['b'] = b
d['c'] = c
print(sorted(d.keys()), len(d))
del b
print(sorted(d.keys()), len(d))
print(d.get('b'), d.get('a'), 'c' in d, 'b' in d)


def scope():
    d['tmp'] = Obj('tmp')
    print('inside', sorted(d))

scope()
print('after', sorted(d))
print(sorted(d.items(), key=lambda kv: kv[0]))
print(d.pop('a'), sorted(d))
c = None
print(len(d), list(d.values()))
