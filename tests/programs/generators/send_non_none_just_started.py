def gen():
    x = yield 1
    print(x)

g = gen()
g.send(5)
