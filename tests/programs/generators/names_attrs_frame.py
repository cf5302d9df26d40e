import sys
class C:
    def test_name(self):
        def func():
            yield 1
        gen = func()
        print(gen.__name__, gen.__qualname__)
        gen.__name__ = "name"
        gen.__qualname__ = "qualname"
        print(gen.__name__, gen.__qualname__)
        for args in [('__name__', 123), ('__qualname__', 123)]:
            try:
                setattr(gen, *args)
            except TypeError as e:
                print('TypeError', e)
        for a in ['__name__', '__qualname__']:
            try:
                delattr(gen, a)
            except TypeError as e:
                print('TypeError', e)
        func.__qualname__ = "func_qualname"
        func.__name__ = "func_name"
        gen = func()
        print(gen.__name__, gen.__qualname__)
        gen = (x for x in range(10))
        print(gen.__name__, gen.__qualname__)
        print(repr(gen).startswith('<generator object C.test_name.<locals>.<genexpr> at 0x'))
C().test_name()
def f(): yield 1
async def c(): pass
async def a(): yield
i = f()
print([s for s in dir(i) if not s.startswith('_')])
co = c()
print([s for s in dir(co) if not s.startswith('_')])
print([s for s in dir(a()) if not s.startswith('_')])
print(co.cr_origin, co.cr_running, co.cr_suspended, co.cr_await, co.cr_code.co_name)
co.close()
try:
    i.gi_running = 42
except AttributeError as e:
    print('AttributeError', e)
print(i.gi_frame.f_lineno, i.gi_frame is i.gi_frame, i.gi_frame.f_back)
next(i)
print(i.gi_frame.f_lineno, i.gi_frame.f_back, i.gi_suspended)
def g():
    fr = sys._getframe()
    print('running', gi.gi_frame is fr, gi.gi_frame.f_back.f_code.co_name, gi.gi_running)
    yield 1
gi = g()
def caller():
    return next(gi)
print(caller())
print(gi.gi_frame.f_back)
for x in gi: pass
print(gi.gi_frame)
ag = a()
print(ag.ag_frame.f_back, ag.ag_running)
cr = c()
print(cr.cr_frame.f_back)
cr.close()
print(f().__next__.__doc__, f().__iter__.__doc__)
