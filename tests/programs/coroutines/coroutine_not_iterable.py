async def f():
    return 1

c = f()
c.close()
for x in c:
    print(x)
