def f(n):
    total = 0
    for i in range(n):
        try:
            total += i * 2
        except ValueError:
            total = -1
    return total
print(f(1000))
