def countdown(n):
    while n > 0:
        yield n
        n -= 1
    print('liftoff')

for x in countdown(4):
    print('T-', x)
