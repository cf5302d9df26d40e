# the types: reprs, isinstance, subclasses, __new__ errors
import itertools

names = ['accumulate', 'chain', 'combinations',
         'combinations_with_replacement', 'compress', 'count', 'cycle',
         'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
         'permutations', 'product', 'repeat', 'starmap', 'takewhile',
         'zip_longest']
for name in names:
    t = getattr(itertools, name)
    print(t, t.__name__, isinstance(t, type))
print(itertools.tee, itertools._grouper, itertools._tee)

class MyCount(itertools.count):
    def extra(self):
        return 'extra'
c = MyCount(5)
print(next(c), next(c), c, c.extra(), isinstance(c, itertools.count))
c.attr = 1
print(c.attr)

class MyRepeat(itertools.repeat):
    pass
print(MyRepeat('a', 2), list(MyRepeat('a', 2)), MyRepeat(1))

class Evens(itertools.filterfalse):
    def __new__(cls, iterable):
        return super().__new__(cls, lambda x: x % 2, iterable)
print(list(Evens(range(10))), type(Evens([])).__name__)

class Chain2(itertools.chain):
    def __next__(self):
        return 2 * super().__next__()
print(list(Chain2([1, 2], [3])))
print(list(Chain2.from_iterable(['ab'])), type(Chain2.from_iterable([])).__name__)

class P(itertools.product):
    pass
print(list(P('ab', repeat=2)))
class G(itertools.groupby):
    pass
print([(k, list(g)) for k, g in G('aab')])
class Z(itertools.zip_longest):
    pass
print(list(Z('ab', 'c', fillvalue=0)))
class I(itertools.islice):
    pass
print(list(I(range(10), 2, 8, 3)))

try:
    itertools.chain.__new__(int)
except TypeError as e:
    print('TypeError', e)
try:
    itertools.chain.__new__(1)
except TypeError as e:
    print('TypeError', e)
print(list(itertools.chain.__new__(itertools.chain, 'ab')))
print(list(itertools.count.__next__(itertools.count(4)) for i in range(1)))
