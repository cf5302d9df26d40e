import _bisect
from _bisect import bisect_left, bisect_right, insort_left, insort_right

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 3))
print(bisect_left(a, 2, lo=4), bisect_right(a, 2, hi=2))
print(bisect_left(a, 2, 0, None), bisect_left(a, 2, 0, -1), bisect_left(a, 2, 0, -5))
print(bisect_right(a, 100, 3, 5))

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort_right(b, x)
print(b)
c = []
for x in [3.5, 1, 2.5, 1.0, True]:
    insort_left(c, x)
print(c)
insort_left(c, 0, 0, 0)
print(c)

pairs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect_left(pairs, 3, key=lambda p: p[1]))
print(bisect_right(pairs, 3, key=lambda p: p[1]))
insort_left(pairs, ('x', 3), key=lambda p: p[1])
insort_right(pairs, ('y', 3), key=lambda p: p[1])
print(pairs)

words = ['apple', 'fig', 'kiwi', 'pear']
print(bisect_left(words, 'grape'), bisect_right(words, 'kiwi'))
print(bisect_left('abcdef', 'd'), bisect_right((1, 2, 3), 2))
print(bisect_left(range(0, 100, 5), 42))
print([n for n in ['bisect_left', 'bisect_right', 'insort_left', 'insort_right', 'bisect', 'insort'] if hasattr(_bisect, n)])
