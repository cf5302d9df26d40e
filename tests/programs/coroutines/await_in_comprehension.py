async def double(x):
    return x * 2

async def main():
    print([await double(x) for x in range(4)])

try:
    main().send(None)
except StopIteration:
    pass
