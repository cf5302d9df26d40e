def gen():
    x = 1
    yield x
    x += 1
    yield x

g = gen()
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
print(list(g))
print(g.gi_frame)
