def level3():
    yield 'c1'
    yield 'c2'
    return 3

def level2():
    r = yield from level3()
    yield 'b' + str(r)
    return r + 1

def level1():
    r = yield from level2()
    yield 'a' + str(r)

print(list(level1()))
