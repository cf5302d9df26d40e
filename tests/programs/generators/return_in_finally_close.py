def gen():
    try:
        yield 1
    except GeneratorExit:
        print('exit seen')
        raise

g = gen()
next(g)
g.close()
print(g.gi_frame)
