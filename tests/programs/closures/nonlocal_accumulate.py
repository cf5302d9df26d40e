def gen():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(100):
        add(i)
    return total
print(gen())
