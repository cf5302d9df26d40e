async def agen():
    yield 1
    print('not reached')
    yield 2

async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.aclose())
    print(g.ag_frame)

def run(coro):
    yield from coro.__await__()

for _ in run(main()):
    pass
