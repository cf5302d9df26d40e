# aiter() and anext(), with and without a default, driven by a small
# hand-written event loop (no asyncio): async generators, user async
# iterators, and the errors for objects that are not async iterators.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen(n):
    for i in range(n):
        yield i * 10


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Suspend:
    def __await__(self):
        yield 'tick'


class Slow:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self._next()

    async def _next(self):
        await Suspend()
        raise StopAsyncIteration


async def main():
    it = aiter(agen(3))
    print(type(it).__name__, it is aiter(it))
    print(await anext(it), await anext(it), await anext(it))
    print(await anext(it, 'done'), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e.args)
    c = aiter(Countdown(2))
    print(await anext(c), await anext(c), await anext(c, 'empty'))
    print(await anext(Slow(), 'after suspending'))
    aw = anext(agen(0), 42)
    print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
    try:
        aw.send(None)
    except StopIteration as e:
        print('StopIteration', e.value)
    for bad in [1, [1], 'abc']:
        try:
            anext(bad)
        except TypeError as e:
            print('TypeError', e)
        try:
            aiter(bad)
        except TypeError as e:
            print('TypeError', e)

    class BadAiter:
        def __aiter__(self):
            return 1
    try:
        aiter(BadAiter())
    except TypeError as e:
        print('TypeError', e)
    try:
        anext()
    except TypeError as e:
        print('TypeError', e)
    return 'finished'


coro = main()
print(run(coro))
