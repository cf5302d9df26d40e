def gen():
    yield 'x'
    yield 'y'

g = gen()
print(g.__next__())
print(iter(g) is g)
print(g.__iter__() is g)
print(g.__next__())
