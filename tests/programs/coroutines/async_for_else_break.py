async def agen():
    yield 'a'
    yield 'b'
    yield 'c'

async def main():
    async for x in agen():
        print(x)
    else:
        print('else ran')
    async for x in agen():
        if x == 'b':
            break
        print('first loop', x)
    else:
        print('not printed')
    print('end')

def run(coro):
    yield from coro.__await__()

for _ in run(main()):
    pass
