# Items that do not fit or are of the wrong type: CPython's messages
from array import array


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for tc in 'bBhHiIlLqQ':
    attempt(lambda: array(tc, [2 ** 70]))
    attempt(lambda: array(tc, [-2 ** 70]))
    attempt(lambda: array(tc, [1.5]))
    attempt(lambda: array(tc, ['a']))
    attempt(lambda: array(tc, [None]))

limits = [('b', -128, 127), ('B', 0, 255), ('h', -2 ** 15, 2 ** 15 - 1),
          ('H', 0, 2 ** 16 - 1), ('i', -2 ** 31, 2 ** 31 - 1),
          ('I', 0, 2 ** 32 - 1), ('l', -2 ** 63, 2 ** 63 - 1),
          ('L', 0, 2 ** 64 - 1), ('q', -2 ** 63, 2 ** 63 - 1),
          ('Q', 0, 2 ** 64 - 1)]
for tc, lo, hi in limits:
    print(tc, array(tc, [lo, hi]))
    attempt(lambda: array(tc, [hi + 1]))
    attempt(lambda: array(tc, [lo - 1]))

for tc in 'fd':
    attempt(lambda: array(tc, ['x']))
    attempt(lambda: array(tc, [None]))
    attempt(lambda: array(tc, [2 ** 2000]))
attempt(lambda: array('u', ['ab']))
attempt(lambda: array('u', [1]))
attempt(lambda: array('u', [b'a']))

a = array('i', [1, 2, 3])
attempt(lambda: a.append(2 ** 31))
attempt(lambda: a.append(1.0))
attempt(lambda: a.__setitem__(0, 'x'))
attempt(lambda: a.insert(0, 2 ** 40))
attempt(lambda: a.fromlist([4, 5, 'x']))
attempt(lambda: a.extend([4, 5, 'x']))
print(a)
