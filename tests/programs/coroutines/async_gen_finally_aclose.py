async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen cleanup')

async def main():
    g = agen()
    async for x in g:
        print(x)
        break
    await g.aclose()
    print('closed')

try:
    main().send(None)
except StopIteration:
    pass
