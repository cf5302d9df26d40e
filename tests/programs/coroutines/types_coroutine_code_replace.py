# types.coroutine (code.replace with CO_ITERABLE_COROUTINE, awaiting a
# generator), code.replace of metadata, assigning __code__.
import types, asyncio, inspect

@types.coroutine
def sleep0():
    x = yield 'tick'
    return x

async def main():
    r = await sleep0()
    print('resumed with', r)
    return 7

print(sleep0.__code__.co_flags & 0x100, inspect.isawaitable(sleep0()))
c = main()
print(c.send(None))
try:
    c.send('v')
except StopIteration as e:
    print('result', e.value)

def f(): pass
co = f.__code__.replace(co_name='g', co_qualname='G', co_firstlineno=100)
print(co.co_name, co.co_qualname, co.co_firstlineno, co.co_filename == f.__code__.co_filename)
for bad in [{'co_name': 1}, {'co_flags': 'x'}]:
    try:
        f.__code__.replace(**bad)
    except TypeError as e:
        print(e)
print(f.__code__.replace(co_varnames=()).co_varnames)
def h(a): return a + 1
f2 = lambda a: a * 2
f2.__code__ = h.__code__
print(f2(5), f2.__name__)
try:
    f2.__code__ = 3
except TypeError as e:
    print(e)
def outer():
    x = 1
    def inner(): return x
    return inner
try:
    outer().__code__ = h.__code__
except ValueError as e:
    print(e)

async def am():
    return await asyncio.sleep(0, 'slept')
print(asyncio.run(am()))
