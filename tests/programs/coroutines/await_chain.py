async def leaf(x):
    return x * 2

async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    return a + b

async def main():
    r = await middle(5)
    print('result', r)
    return r

def run(coro):
    result = yield from coro.__await__()
    print('run got', result)

for _ in run(main()):
    pass
