async def fail():
    return 1 // 0

async def main():
    await fail()

def run(coro):
    yield from coro.__await__()

for _ in run(main()):
    pass
