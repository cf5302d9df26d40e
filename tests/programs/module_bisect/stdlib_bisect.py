import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    i = bisect.bisect(breakpoints, score)
    return grades[i]
print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])

a = []
for v in [31, 4, 15, 9, 26, 5, 35, 8, 97, 93]:
    bisect.insort(a, v)
print(a)
print(bisect.bisect_left(a, 15), bisect.bisect_right(a, 15), bisect.bisect(a, 15))

records = [('alpha', 3), ('beta', 7), ('gamma', 11)]
records.sort(key=lambda r: r[1])
keys = [r[1] for r in records]
print(records[bisect.bisect_left(keys, 7)])
bisect.insort(records, ('delta', 9), key=lambda r: r[1])
print(records)
print(bisect.bisect_left is __import__('_bisect').bisect_left)
print(bisect.insort is bisect.insort_right, bisect.bisect is bisect.bisect_right)

def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError
print(index(a, 26))
try:
    index(a, 27)
except ValueError:
    print('not found')
