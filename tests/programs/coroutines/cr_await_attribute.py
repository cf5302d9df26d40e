async def agen():
    yield 1

async def inner():
    return 'x'

async def main():
    c = inner()
    print(c.cr_await)
    r = await c
    print(r, c.cr_frame)

m = main()
print(m.cr_running)
def run(coro):
    yield from coro.__await__()

for _ in run(m):
    pass
