async def echo():
    received = None
    while True:
        received = yield received
        if not received:
            return

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend('hello'))
    print(await g.asend('world'))

def run(coro):
    yield from coro.__await__()

for _ in run(main()):
    pass
