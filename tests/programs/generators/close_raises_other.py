def gen():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('from close')

g = gen()
next(g)
g.close()
