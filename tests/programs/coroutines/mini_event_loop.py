class Yield:
    def __await__(self):
        yield

async def task(name, n):
    for i in range(n):
        print(name, i)
        await Yield()
    return name + ' done'

def run_all(coros):
    results = []
    while coros:
        pending = []
        for c in coros:
            try:
                c.send(None)
                pending.append(c)
            except StopIteration as e:
                results.append(e.value)
        coros = pending
    return results

print(run_all([task('a', 2), task('b', 3), task('c', 1)]))
