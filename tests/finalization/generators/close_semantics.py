def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")


g = gen()
print("close unstarted:", g.close())
print("next after close:", next(g, "exhausted"))

g = gen()
next(g)
print("close suspended:", g.close())
print("close again:", g.close())

g = gen()
print(list(g))
print("close finished:", g.close())
