async def agen():
    yield 1
    yield 2

async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.__anext__())
    await g.__anext__()

def run(coro):
    yield from coro.__await__()

for _ in run(main()):
    pass
