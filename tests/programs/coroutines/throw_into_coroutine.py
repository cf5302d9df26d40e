class Wait:
    def __await__(self):
        yield 'waiting'

async def main():
    try:
        await Wait()
    except KeyError as e:
        print('caught', repr(e))
        return 'handled'

c = main()
print(c.send(None))
try:
    c.throw(KeyError('x'))
except StopIteration as e:
    print('result', e.value)
