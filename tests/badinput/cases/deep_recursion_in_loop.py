def walk(n):
    total = 0
    for i in [1, 2]:
        total = total + walk(n + i)
    return total
print("before")
walk(0)
print("not reached")
