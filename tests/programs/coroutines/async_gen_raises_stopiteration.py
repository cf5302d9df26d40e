async def agen():
    yield 1
    raise StopIteration('oops')

async def main():
    async for x in agen():
        print(x)

def run(coro):
    yield from coro.__await__()

for _ in run(main()):
    pass
