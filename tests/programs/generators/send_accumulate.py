def accumulator():
    total = 0
    while True:
        x = yield total
        if not x:
            return total
        total += x

acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
print(acc.send(-3))
