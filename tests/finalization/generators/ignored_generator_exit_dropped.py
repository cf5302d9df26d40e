def gen():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring GeneratorExit")


g = gen()
next(g)
print("before del")
del g
print("after del")
