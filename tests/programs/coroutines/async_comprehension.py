async def agen(n):
    for i in range(n):
        yield i

async def main():
    squares = [x * x async for x in agen(5)]
    print(squares)
    evens = [x async for x in agen(10) if x % 2 == 0]
    print(evens)

try:
    main().send(None)
except StopIteration:
    pass
