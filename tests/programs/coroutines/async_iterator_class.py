class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    async for x in Counter(3):
        print('got', x)
    return 'ok'

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
