# asynccontextmanager's __aenter__ calls the builtin anext(), which fastpy
# lacks (NameError: name 'anext' is not defined).
import contextlib
@contextlib.asynccontextmanager
async def acm():
    print('aenter'); yield 5; print('aexit')
async def main():
    async with acm() as v:
        print('value', v)
    async with contextlib.AsyncExitStack() as st:
        v2 = await st.enter_async_context(acm())
        print('stacked', v2)
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('suspended')
run(main())
