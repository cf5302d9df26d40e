# Reversed dict iterators reduce to iter() of what they have left.
data = {1: 'a', 2: 'b', 3: 'c'}
for make in [lambda: reversed(data), lambda: reversed(data.values()),
             lambda: reversed(data.items())]:
    it = make()
    f, args = it.__reduce__()
    print(f is iter, args)
    next(it)
    f, args = it.__reduce__()
    print(args, list(it))
    print(it.__reduce__()[1])
    it2 = f(*args)
    print(list(it2))
it = reversed(data)
next(it)
data[4] = 'd'
try:
    it.__reduce__()
except RuntimeError as e:
    print(type(e).__name__, e)
fwd = iter({1: 2, 3: 4}.items())
print(fwd.__reduce__()[1])
