def gen():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print('ignoring')

g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('close:', e)
print('dropping')
g = None
print('end')
