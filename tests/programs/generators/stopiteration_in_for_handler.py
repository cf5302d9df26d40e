def gen():
    for i in range(3):
        try:
            yield i
        finally:
            print('finally', i)

for x in gen():
    print('got', x)
