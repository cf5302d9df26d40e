import bisect
a = [1, 2, 4, 4, 4, 8]
for x in [0, 4, 5, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
b = []
for v in [5, 2, 8, 2, 9]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 2); bisect.insort_right(b, 8); print(b)
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect_left(a, 4, lo=0, hi=2))
recs = [('amy', 25), ('bob', 30), ('cid', 35)]
print(bisect.bisect_left(recs, 30, key=lambda r: r[1]))
bisect.insort(recs, ('dan', 28), key=lambda r: r[1]); print(recs)
def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError('not found')
print(index(a, 8))
try:
    index(a, 3)
except ValueError as e:
    print(e)
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
print(bisect.bisect_left('acegi', 'f'), bisect.bisect([1.0, 2.5], 2))
