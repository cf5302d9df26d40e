def f():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def run():
    g = f()
    next(g)
    del g
run()
class D:
    def __del__(self):
        {}['k']
def h():
    D()
h()
