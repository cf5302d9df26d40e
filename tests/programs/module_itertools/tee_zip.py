# tee (sharing, copies, long runs), pairwise, zip_longest
import itertools

a, b = itertools.tee(range(5))
print(list(a), list(b))
a, b, c = itertools.tee(iter('abc'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(itertools.tee([1], 0), len(itertools.tee([1], 1)))
a, b = itertools.tee(x * x for x in range(200))
print(sum(a), next(b), sum(b))
a, b = itertools.tee(range(150))
for i in range(100):
    next(a)
c = a.__copy__()
print(next(a), next(c), next(b))
d, e = itertools.tee(a)
print(d is a, next(d), next(e), next(a))
print(type(a).__name__, iter(a) is a)

def gen():
    yield 1
    yield 2
t1, t2 = itertools.tee(gen())
print(next(t1), next(t2), list(t1), list(t2))
for args in [(), (1,), ([1], -1), ([1], 'a'), ([1], 2, 3)]:
    try:
        itertools.tee(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    itertools.tee([1], n=2)
except TypeError as e:
    print('TypeError', e)
print(itertools.tee(1, 0))

print(list(itertools.pairwise('ABCDE')))
print(list(itertools.pairwise('A')), list(itertools.pairwise([])))
pw = itertools.pairwise(itertools.count())
print(next(pw), next(pw))
for args in [(), (1,), ([1], [2])]:
    try:
        itertools.pairwise(*args)
    except TypeError as e:
        print('TypeError', e)

print(list(itertools.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(itertools.zip_longest('AB', [1, 2, 3], (True,))))
print(list(itertools.zip_longest()), list(itertools.zip_longest('ab')))
print(list(itertools.zip_longest([], [])))
z = itertools.zip_longest(range(2), itertools.count(), fillvalue=0)
print(next(z), next(z), next(z))

def failing():
    yield 1
    raise KeyError('z')
z = itertools.zip_longest(failing(), 'abc')
print(next(z))
try:
    next(z)
except KeyError as e:
    print('KeyError', e)
print(list(z))
for kw in [{'fillvalue': 1, 'foo': 2}, {'foo': 2}]:
    try:
        itertools.zip_longest([1], **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    itertools.zip_longest(1)
except TypeError as e:
    print('TypeError', e)
