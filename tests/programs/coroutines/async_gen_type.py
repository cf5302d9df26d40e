async def agen():
    yield 1

g = agen()
print(type(g))
print(g.__name__)
print(g.__aiter__() is g)
print(type(g.__anext__()))
print(g.ag_running)
