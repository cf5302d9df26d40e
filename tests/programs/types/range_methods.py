r = range(2, 20, 3)
print(r, r.start, r.stop, r.step, len(r), r[0], r[-1], r[1:4], r[::-1])
print(r.index(8), r.count(8), r.count(9), 8 in r, 9 in r, 8.0 in r)
print(list(reversed(range(5))), list(range(10, 0, -3)), range(0) == range(5, 5), range(1, 4) == range(1, 4, 1))
print(range(3) == range(0, 3), range(0, 3, 2) == range(0, 4, 2), bool(range(0)))
try:
    r.index(9)
except ValueError as e:
    print(e)
try:
    range(0, 5, 0)
except ValueError as e:
    print(e)
try:
    range("3")
except TypeError as e:
    print(e)
try:
    range()
except TypeError as e:
    print(e)
