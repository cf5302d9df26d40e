def f(a, b=2, c=None):
    if c is None:
        c = []
    c.append(a + b)
    return c
print(f(1), f(1, 5), f(1, c=[0]))
shared = [9]
def g(x, acc=shared):
    acc.append(x)
    return len(acc)
print(g(1), g(2), shared)
def multi():
    return 1, 'two', [3]
a, b, c = multi()
print(a, b, c, multi())
def no_return():
    x = 1
print(no_return())
def early(n):
    for i in range(n):
        if i == 3:
            return i
    return -1
print(early(10), early(2))
