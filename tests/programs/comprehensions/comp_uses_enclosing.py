def scale(xs, k):
    return [x * k for x in xs]

print(scale([1, 2, 3], 4))
