async def f():
    return 1

async def main():
    c = f()
    print(await c)
    await c

m = main()
m.send(None)
