async def f():
    return 1

def make():
    c = f()
    print('made', type(c).__name__)

make()
print('after')
