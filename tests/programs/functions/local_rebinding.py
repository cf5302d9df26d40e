# Locals rebound while their values are still being used by the
# expression or statement that rebinds them.
def swaps():
    a = [1]
    b = [2]
    c = [3]
    a, b = b, a
    a, b, c = c, a, b
    print(a, b, c)
    a = b = c
    a, b = b, a
    print(a is b, a)


def rebinding():
    x = [3]
    x = x + [4]
    y = [5]
    y += [6]
    lst = [[7], [8]]
    lst = lst[1]
    print(x, y, lst)
    t = ([1], [2])
    t = t[0] + t[1]
    print(t)
    d = {'k': [9]}
    d = d['k']
    print(d)


def same_twice(p, q):
    p.append(len(q))
    return p


def loops():
    acc = []
    for i in range(4):
        z = [i]
        z = (z, z)
        acc = acc + [z[0]]
    w = acc
    acc = None
    del w[0]
    print(w, acc)
    v = [0]
    print(same_twice(v, v), same_twice(v, v))
    n = [1, 2, 3]
    for n in n:
        print(n)
    s = 'abc'
    s = s[1:] + s[:1]
    return s


swaps()
rebinding()
print(loops())


def rebind_arguments(a, b):
    a, b = b, a
    b.append(0)
    del a
    a = b
    return a


def caller():
    p = [1]
    q = [2]
    r = rebind_arguments(p, q)
    print(r, p, q, r is p)
    p = None
    print(r, rebind_arguments(q, q))
    return rebind_arguments([5], [6])


print(caller())
