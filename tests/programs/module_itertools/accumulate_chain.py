# accumulate (func, initial) and chain (from_iterable, laziness)
import itertools


print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate('abc')))
print(list(itertools.accumulate([1, 2], initial=100)))
print(list(itertools.accumulate([], initial=100)))
print(list(itertools.accumulate([])))
print(list(itertools.accumulate([1, 2], None, initial=None)))
print(list(itertools.accumulate([[1], [2], [3]])))
print(list(itertools.accumulate(range(5), lambda a, b: a * 10 + b)))
try:
    list(itertools.accumulate([1, 'a']))
except TypeError as e:
    print('TypeError', e)
for args, kw in [((), {}), (([1], None, 3), {}), (([1],), {'foo': 3}),
                 ((1,), {})]:
    try:
        itertools.accumulate(*args, **kw)
    except TypeError as e:
        print('TypeError', e)

print(list(itertools.chain('abc', [1, 2], (), range(3))))
print(list(itertools.chain()))
print(list(itertools.chain.from_iterable(['ab', 'cd', ''])))
print(list(itertools.chain.from_iterable([[1, [2]], [3]])))

def sources():
    print('first source')
    yield [1, 2]
    print('second source')
    yield [3]
ch = itertools.chain.from_iterable(sources())
print('made')
print(next(ch))
print(list(ch))

ch = itertools.chain([1], 5, [2])
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print('TypeError', e)
print(list(ch))
for args in [(1,), ()]:
    try:
        itertools.chain.from_iterable(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    itertools.chain(x=1)
except TypeError as e:
    print('TypeError', e)
print(type(itertools.chain.from_iterable([])).__name__)
