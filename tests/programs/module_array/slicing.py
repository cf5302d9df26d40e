# Indexing and slicing: get, set with an array of the same kind, delete
from array import array


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


a = array('i', range(10))
print(a[0], a[-1], a[3], a[-10])
attempt(lambda: a[10])
attempt(lambda: a[-11])
attempt(lambda: a['x'])
attempt(lambda: a[2 ** 70])
print(a[2:5], a[::2], a[::-1], a[-3:], a[7:2], a[1:8:3], a[8:1:-3])
print(a[:], a[:] is a, type(a[1:2]))
a[0] = 50
a[-1] = 90
print(a)
attempt(lambda: a.__setitem__(10, 1))
attempt(lambda: a.__setitem__('x', 1))
b = a[:]
b[1:3] = array('i', [7, 7, 7, 7])
print(b)
b[5:] = array('i')
print(b)
b[:0] = b
print(b)
b[::2] = array('i', [0] * len(b[::2]))
print(b)
b[::3] = array('i')
print(b)
attempt(lambda: b.__setitem__(slice(0, 2), [1, 2]))
attempt(lambda: b.__setitem__(slice(0, 2), array('h', [1, 2])))
attempt(lambda: b.__setitem__(slice(0, 6, 2), array('i', [1])))
c = array('d', [float(i) for i in range(10)])
del c[0]
del c[-1]
print(c)
del c[::3]
print(c)
del c[::-2]
print(c)
del c[1:2]
print(c)
del c[5:]
print(c)
attempt(lambda: c.__delitem__(5))
c = array('u', 'abcdef')
print(c[1], c[::-1], c[1:3])
c[0] = 'z'
c[1:3] = array('u', 'XYZ')
print(c)
q = array('Q', [1, 2 ** 64 - 1, 3])
print(q[1], q[-1:], q[::-1])
