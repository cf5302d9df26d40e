async def f():
    return 1

c = f()
c.close()
next(c)
