async def main():
    async for x in 5:
        print(x)

main().send(None)
