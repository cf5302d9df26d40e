# sys.set_asyncgen_hooks / get_asyncgen_hooks (PEP 525): firstiter at the
# first iteration, the finalizer instead of a close when an unfinished
# async generator is dropped, and asyncio's use of them.
import sys, asyncio
print(sys.get_asyncgen_hooks())
log = []
def first(agen):
    log.append(('first', agen.__name__))
def fin(agen):
    log.append(('fin', agen.__name__))
    keep.append(agen)
keep = []
sys.set_asyncgen_hooks(first, fin)
h = sys.get_asyncgen_hooks()
print(type(h).__name__, h.firstiter is first, h[1] is fin)

async def ag():
    try:
        yield 1
        yield 2
    finally:
        print('ag finally')

g = ag()
c = g.__anext__()
print(log)
try:
    c.send(None)
except StopIteration as e:
    print('got', e.value)
del c
del g
print(log, len(keep))
c = keep[0].aclose()
try:
    c.send(None)
except StopIteration:
    print('closed')
for bad in [(1, None), (None, 'x')]:
    try:
        sys.set_asyncgen_hooks(*bad)
    except TypeError as e:
        print(e)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(firstiter=first)
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().firstiter is first)
sys.set_asyncgen_hooks(None, None)

async def agen2():
    for i in range(3):
        yield i
        await asyncio.sleep(0)

async def main():
    out = [x async for x in agen2()]
    g = agen2()
    print(await g.__anext__())
    return out
print(asyncio.run(main()))
print(sys.get_asyncgen_hooks())
