def gen():
    print('inside', g.gi_running)
    yield 1
    print('inside again', g.gi_running)

g = gen()
print('before', g.gi_running)
next(g)
print('between', g.gi_running)
print(list(g))
print('after', g.gi_running)
