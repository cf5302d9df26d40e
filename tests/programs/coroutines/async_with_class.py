class Manager:
    async def __aenter__(self):
        print('enter')
        return 'resource'

    async def __aexit__(self, typ, value, tb):
        print('exit', typ, value)
        return True

async def main():
    async with Manager() as r:
        print('using', r)
    async with Manager():
        raise ValueError('suppressed')
    print('after')

try:
    main().send(None)
except StopIteration:
    print('done')
