def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print('finally', name)

g = gen('a')
next(g)
print('dropping')
g = None
print('dropped')
h = gen('b')
print(list(h))
