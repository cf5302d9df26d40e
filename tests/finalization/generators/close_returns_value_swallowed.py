def gen():
    try:
        yield 1
    except GeneratorExit:
        print("returning instead")
        return "value"


g = gen()
next(g)
print("close:", g.close())
