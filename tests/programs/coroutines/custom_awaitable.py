class Sleep:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            reply = yield 'tick %d' % i
            print('awaitable got', reply)
        return 'slept %d' % self.n

async def worker():
    r = await Sleep(2)
    print('worker:', r)
    return r.upper()

c = worker()
print(c.send(None))
print(c.send('a'))
try:
    c.send('b')
except StopIteration as e:
    print('finished with', e.value)
