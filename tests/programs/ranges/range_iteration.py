# Iterating ranges with every kind of step, including negative ones.
def show(r):
    items = []
    for v in r:
        items.append(v)
    print(repr(r), len(r), items)

show(range(5))
show(range(2, 9))
show(range(1, 10, 2))
show(range(10, 0, -3))
show(range(-5, 5, 4))
show(range(0, -7, -2))
show(range(3, 3))
show(range(5, 1))
show(range(1, 5, -1))

# indexing from both ends
r = range(100, 0, -7)
print(r[0], r[1], r[-1], r[-2], len(r))
print(r[len(r) - 1] == r[-1])

# membership follows the step
evens = range(0, 50, 2)
hits = 0
for n in range(-3, 60):
    if n in evens:
        hits += 1
print('evens hit', hits)
print(49 in evens, 48 in evens, -2 in evens, 50 in evens)
down = range(20, -20, -5)
print(0 in down, 20 in down, -20 in down, -15 in down, 3 in down)

# slicing a range gives a range
r = range(0, 30, 3)
print(r[2:5], r[::2], r[::-1], r[-3:], r[1:-1:3])
print(len(r[::-1]), r[::-1][0])

# range equality compares the sequences
print(range(0) == range(4, 2), range(0, 3) == range(0, 3, 1))
print(range(1, 2) == range(1, 3, 5), range(1, 10) == range(1, 11))
