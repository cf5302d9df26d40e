import sys

async def f():
    pass
f.__qualname__ = 'renamed'
c = f()
print(c.__name__, c.__qualname__, repr(c).startswith('<coroutine object renamed at 0x'))
print(c.cr_frame.f_back, c.cr_frame.f_code.co_name, c.cr_frame is c.cr_frame)
c.__qualname__ = 'q'
print(c.__qualname__)
try:
    c.cr_running = True
except AttributeError as e:
    print('AttributeError', e)
c.close()
print(c.cr_frame)

async def inner():
    fr = sys._getframe()
    print('inner back', fr.f_back.f_code.co_name)
    return 5

async def outer():
    me = sys._getframe()
    print('outer running', co.cr_frame is me, co.cr_running, co.cr_suspended)
    return await inner()

co = outer()
try:
    co.send(None)
except StopIteration as e:
    print('result', e.value)

async def ag():
    yield 1
a = ag()
print(a.__qualname__, a.ag_frame.f_back, a.ag_running, repr(a).startswith('<async_generator object ag at 0x'))
