def gen():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')

g = gen()
print(next(g))
g.close()
print('closed')
