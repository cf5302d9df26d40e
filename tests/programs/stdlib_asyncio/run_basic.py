# asyncio imports socket, which needs the _socket builtin module (missing).
import asyncio
async def work(n):
    await asyncio.sleep(0)
    return n * 2
async def main():
    print(await asyncio.gather(work(1), work(2)))
asyncio.run(main())
