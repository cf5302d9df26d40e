def gen():
    yield 1, 2
    yield
    x = yield 3, 4
    print(x)

print(list(gen()))
