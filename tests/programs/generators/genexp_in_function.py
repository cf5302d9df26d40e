def scaled(items, k):
    return list(x * k for x in items if x % 2)

print(scaled(range(10), 3))
