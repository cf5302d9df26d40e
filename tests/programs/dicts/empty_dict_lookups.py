d = {}
for k in ([], {}, set()):
    for op in ('get', 'in', 'del', 'getitem', 'pop'):
        try:
            if op == 'get': d.get(k)
            elif op == 'in': k in d
            elif op == 'del': del d[k]
            elif op == 'getitem': d[k]
            else: d.pop(k)
        except Exception as e:
            print(op, type(e).__name__, e)
class H:
    def __hash__(self):
        print('hash called'); return 1
print(H() in {}, {}.get(H()), len({}), list({}), {} == {}, repr({}))
e = {}
e['a'] = 1; del e['a']; print(e, len(e))
def kw(**k):
    return k
print(kw(), kw(a=1), dict(**kw()), {**kw()})
full = {1: 2}
print(H() in full, full.get(H()), full.pop(H(), 'dflt'))
class Sub(dict):
    def __missing__(self, key):
        return 'missing %r' % (key,)
print(Sub()[H()] if False else Sub()['k'], Sub({1: 2})[3])
try:
    Sub()[[]]
except TypeError as e:
    print('sub', e)
import collections
dd = collections.defaultdict(list)
try:
    dd[{}]
except TypeError as e:
    print('defaultdict', e)
print(dd.pop('x', 'none'), dd.pop([], 'empty'))
