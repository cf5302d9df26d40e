# +, *, +=, *=, in, iteration, reversed(), comparisons, hash, len, bool
from array import array


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


a = array('i', [1, 2, 3])
b = array('i', [4])
print(a + b, a * 2, 2 * a, a * 0, a * -3, len(a), bool(a), bool(array('i')))
attempt(lambda: a + array('d', [1.0]))
attempt(lambda: a + [1])
c = a
c += b
c += c
print(c, c is a)
c *= 2
print(c, c is a)
c *= 0
print(c, a)
d = array('h', [5])
attempt(lambda: d.__iadd__(array('i')))
attempt(lambda: d.__iadd__([1]))
print(list(array('d', [1.5, 2.5])), [x for x in array('u', 'ab')])
it = iter(array('b', [1, 2]))
print(next(it), next(it), next(it, 'end'), type(it).__name__)
print(list(reversed(array('i', [1, 2, 3]))), list(reversed(array('i'))))
x = array('i', [1, 2, 3])
y = array('d', [1.0, 2.0, 3.0])
print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print(x == array('i', [1, 2]), x < array('i', [1, 2]), x > array('i', [1, 2]))
print(x < array('i', [1, 3]), x >= array('i', [2]))
print(x == [1, 2, 3], x != [1, 2, 3])
try:
    x < [1]
except TypeError:
    print('TypeError for array < list')
print(array('Q', [2 ** 64 - 1]) > array('Q', [1]))
print(array('Q', [2 ** 64 - 1]) > array('q', [1]))
print(array('d', [float('nan')]) == array('d', [float('nan')]))
print(array('u', 'ab') == array('u', 'ab'), array('u', 'ab') < array('u', 'b'))
print(array('u', 'a') == array('i', [97]))
attempt(lambda: array('u', 'a') < array('i', [97]))
print(array('f', [0.5]) == array('d', [0.5]), array('f', [0.1]) == array('d', [0.1]))
attempt(lambda: hash(array('i')))
print(array.__hash__)
print(1 in x, 4 in x, 'a' in array('u', 'abc'))
