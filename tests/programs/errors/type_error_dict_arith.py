a = {'x': 1}
b = {'y': 2}
print(a, b, len(a) + len(b))
print(a + b)
