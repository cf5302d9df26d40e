import weakref, gc
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'Obj(%d)' % self.n
    def meth(self): return self.n * 10
o = Obj(1)
r = weakref.ref(o)
print(r() is o, r().n, weakref.getweakrefcount(o))
def cb(ref): print('callback, dead:', ref() is None)
r2 = weakref.ref(o, cb)
del o
print(r(), r2())
d = weakref.WeakValueDictionary()
a, b = Obj(2), Obj(3)
d['a'] = a; d['b'] = b
print(sorted(d.keys()), d['a'])
del a
print(sorted(d.keys()), d.get('a'), 'a' in d)
wk = weakref.WeakKeyDictionary()
k1, k2 = Obj(4), Obj(5)
wk[k1] = 'one'; wk[k2] = 'two'
print(len(wk), wk[k1])
del k1
print(len(wk), list(wk.values()))
ws = weakref.WeakSet()
x, y = Obj(6), Obj(7)
ws.add(x); ws.add(y)
print(len(ws), x in ws)
del x
print(len(ws), sorted(o.n for o in ws))
p = weakref.proxy(b)
print(p.n, p.meth())
del b
try:
    p.n
except ReferenceError as e:
    print('ReferenceError', e)
c = Obj(8)
m = weakref.WeakMethod(c.meth)
print(m()())
del c
print(m())
fin_obj = Obj(9)
f = weakref.finalize(fin_obj, print, 'finalized', 9)
print(f.alive)
del fin_obj
print(f.alive)
try:
    weakref.ref(1)
except TypeError as e:
    print('TypeError', e)
class Cache:
    def __init__(self): self._d = weakref.WeakValueDictionary()
    def get(self, k):
        v = self._d.get(k)
        if v is None:
            v = Obj(k); self._d[k] = v; print('created', k)
        return v
cache = Cache()
h = cache.get(1); cache.get(1); del h; cache.get(1)
