# Pickling operator.itemgetter/attrgetter/methodcaller, functools.partial
# (with its __dict__, and __setstate__) and slice objects.
import pickle, operator, functools, copy
class C:
    x = 5
    def m(self, a, b=0):
        return a + b + self.x
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    ig = pickle.loads(pickle.dumps(operator.itemgetter(1, 0), proto))
    ag = pickle.loads(pickle.dumps(operator.attrgetter('x', 'm.__name__'), proto))
    mc = pickle.loads(pickle.dumps(operator.methodcaller('m', 1, b=2), proto))
    mc2 = pickle.loads(pickle.dumps(operator.methodcaller('m', 7), proto))
    print(proto, ig('ab'), ag(C()), mc(C()), mc2(C()))
    p = functools.partial(max, 3, key=abs)
    p.attr = 'kept'
    p2 = pickle.loads(pickle.dumps(p, proto))
    print(p2(-7, 2), p2.attr, p2.args, p2.keywords)
    s = pickle.loads(pickle.dumps(slice(1, None, 2), proto))
    print(s, [0, 1, 2, 3, 4][s])
print(operator.itemgetter(2).__reduce__(), operator.attrgetter('a.b').__reduce__())
print(operator.methodcaller('f', 1).__reduce__())
r = operator.methodcaller('f', 1, k=2).__reduce__()
print(type(r[0]).__name__, r[0].args, r[0].keywords, r[1])
p = functools.partial(int, base=2)
print(p.__reduce__())
q = functools.partial(len)
q.__setstate__((max, (1,), None, None))
print(q(5), q.keywords)
for bad in [[1], (1, 2), (1, (), None, None), (max, [], None, None)]:
    try:
        q.__setstate__(bad)
    except TypeError as e:
        print(e)
print(copy.deepcopy(functools.partial(min, 4))(9), slice(1, 2).__reduce__())
