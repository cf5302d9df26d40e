# Chained comparisons evaluate each operand at most once, left to right.
log = []
def v(tag, value):
    log.append(tag)
    return value

print(v('a', 1) < v('b', 2) < v('c', 3))
print(log)
log = []
print(v('a', 1) < v('b', 0) < v('c', 3))
print(log)
log = []
print(v('a', 1) == v('b', 1) != v('c', 2) > v('d', 0))
print(log)
log = []
print(v('a', 5) > v('b', 4) > v('c', 4) > v('d', 1))
print(log)

def in_range(x, lo, hi):
    return lo <= x < hi

for x in [-1, 0, 5, 9, 10]:
    print(x, in_range(x, 0, 10), 0 <= x <= 9, not 0 < x < 9)

print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 3 < 5, 'a' < 'b' < 'c', [1] < [2] < [2, 0])
print(1 < 2 if False else True, None is None is not False, 2 in [1, 2] in [[1, 2]])
print(0 == 0.0 == -0.0 == False, 1 == 1.0 == True != 2)

# short-circuit with side effects in conditional expressions
log = []
r = v('cond', 0) and v('never', 1) or v('alt', 2) if v('test', True) else v('else', 3)
print(r, log)
log = []
r = v('x', []) or v('y', {}) or v('z', 'found')
print(r, log)
log = []
r = v('p', 'x') and v('q', '') and v('r', 'never')
print(repr(r), log)
