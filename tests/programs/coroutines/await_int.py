async def f():
    await 5

c = f()
c.send(None)
