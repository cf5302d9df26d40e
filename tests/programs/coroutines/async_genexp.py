async def agen(n):
    for i in range(n):
        yield i

async def main():
    g = (x + 100 async for x in agen(3))
    print(type(g).__name__)
    async for v in g:
        print(v)

try:
    main().send(None)
except StopIteration:
    pass
