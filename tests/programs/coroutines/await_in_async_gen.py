async def double(x):
    return x * 2

async def agen(n):
    for i in range(n):
        yield await double(i)

async def main():
    async for v in agen(4):
        print(v)

def run(coro):
    yield from coro.__await__()

for _ in run(main()):
    pass
