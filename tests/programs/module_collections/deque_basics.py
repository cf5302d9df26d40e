# _collections.deque: both ends, maxlen, rotation, indexing, errors
import _collections
deque = _collections.deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 2 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft([10, 11])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.reverse(); print(d)
print(d.count(1), d.index(2), d.index('a', 1))
d.insert(1, 'x'); print(d)
d.remove('x'); print(d)
del d[0]; d[0] = 'first'; print(d)
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(9); print(b)
b.appendleft(-1); print(b)
b.extend([7, 8]); print(b)
print(deque(maxlen=0), deque().maxlen)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque([1]).index(3),
            lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
e = deque([1, 2])
try:
    for x in e:
        e.append(x)
except RuntimeError as exc:
    print("RuntimeError", exc)
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1, 2]) == [1, 2])
print(deque([1]) + deque([2]), deque([1, 2]) * 2, list(reversed(deque([1, 2, 3]))))
c = deque([1, [2]]); c2 = c.copy(); print(c2, c2 is c, c2[1] is c[1])
r = deque(); r.append(r); print(r)
class MyDeque(deque):
    pass
m = MyDeque([1, 2], 5)
print(m, m.maxlen, isinstance(m, deque), type(m.copy()).__name__)
d = deque([1, 2, 3]); d.clear(); print(d, bool(d))
d += [4, 5]; print(d)
d *= 2; print(d)
print(hash(deque) is not None, deque.__hash__)
