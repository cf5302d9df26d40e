async def answer():
    return 42

c = answer()
c.send(None)
