def f():
    vals = [last := x * 2 for x in range(4)]
    return vals, last

print(f())
total = 0
print([total := total + v for v in range(5)], total)
