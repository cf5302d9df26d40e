# Globals read in hot loops (classes, functions, values) and rebound
# once, twice, or many times while the loops run: every read sees the
# current binding.
class A:
    pass


class B:
    pass


def f(x):
    return x + 1


def g(x):
    return x * 2


LIMIT = 5


def run(n, switch_at):
    global A, f, LIMIT
    objs = [A(), B(), 1]
    total = 0
    for i in range(n):
        if i == switch_at:
            A, f = B, g
        if i == 2 * switch_at:
            LIMIT = 7
        if i > 3 * switch_at:
            LIMIT = i % 3
        total += isinstance(objs[i % 3], A) + f(i % 5) + LIMIT
    return total


print(run(3000, 1000))
print(run(3000, 500))
A = type('A', (), {})
print(run(3000, 2000), isinstance(A(), A))
