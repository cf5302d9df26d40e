def gen():
    yield 1

g = gen()
for x in g:
    print(x)
print(list(g))
next(g)
