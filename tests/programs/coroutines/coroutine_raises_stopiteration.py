async def f():
    raise StopIteration

c = f()
c.send(None)
