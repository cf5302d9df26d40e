# _functools.reduce: initial values, errors
import _functools

print(_functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(_functools.reduce(lambda a, b: a + b, [1, 2, 3], 10))
print(_functools.reduce(lambda a, b: a + b, [], 5))
print(_functools.reduce(lambda a, b: a + b, ['x']))
print(_functools.reduce(lambda a, b: a * b, range(1, 20)))
print(_functools.reduce(lambda a, b: [b] + a, 'abc', []))
print(_functools.reduce(max, iter([3, 9, 2])))
def gen():
    yield 1
    yield 2
print(_functools.reduce(lambda a, b: (a, b), gen(), None))
tests = [(), (len,), (len, 1), (len, []), (lambda a, b: a + b, [1, 2], None),
         (len, [1], 2, 3)]
for args in tests:
    try:
        _functools.reduce(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    _functools.reduce(len, [1], x=3)
except TypeError as e:
    print('TypeError', e)
def bad(a, b):
    if b == 3:
        raise ValueError('three')
    return a + b
try:
    _functools.reduce(bad, [1, 2, 3, 4])
except ValueError as e:
    print('ValueError', e)
print(_functools.reduce)
