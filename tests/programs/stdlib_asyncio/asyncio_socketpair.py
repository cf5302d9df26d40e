# import asyncio; asyncio.run of coroutines that talk over a socketpair
import asyncio
import socket


async def echo(reader, writer):
    data = await reader.read(100)
    writer.write(data.upper())
    await writer.drain()
    writer.close()


async def main():
    await asyncio.sleep(0)
    a, b = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=a)
    r2, w2 = await asyncio.open_connection(sock=b)
    task = asyncio.create_task(echo(r2, w2))
    w1.write(b'hello asyncio')
    await w1.drain()
    reply = await r1.read(100)
    await task
    w1.close()
    await w1.wait_closed()
    return reply


print(asyncio.run(main()))
