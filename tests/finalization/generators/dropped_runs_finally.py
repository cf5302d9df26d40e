def gen():
    try:
        print("gen start")
        yield 1
        yield 2
    finally:
        print("gen finally")


g = gen()
print("next:", next(g))
print("before del")
del g
print("after del")
