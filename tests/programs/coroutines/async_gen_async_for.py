async def ticker(n):
    for i in range(n):
        yield i
    print('ticker done')

async def main():
    async for t in ticker(3):
        print('tick', t)
    print('loop done')

def run(coro):
    yield from coro.__await__()

for _ in run(main()):
    pass
