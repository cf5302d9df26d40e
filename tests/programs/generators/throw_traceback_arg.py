import sys
def f():
    try:
        yield
    except Exception as e:
        print('caught', type(e).__name__, e)
        tb = e.__traceback__
        while tb:
            print(' ', tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        yield 'after'
g = f(); next(g)
try:
    g.throw(ValueError, "foo", 23)
except TypeError as e:
    print('TypeError', e)
def h():
    raise KeyError('k')
try:
    h()
except KeyError as e:
    tb = e.__traceback__
print(g.throw(ValueError, ValueError('v'), tb))
g = f(); next(g)
print(g.throw(ValueError, 'x', None))
async def ag():
    yield 1
