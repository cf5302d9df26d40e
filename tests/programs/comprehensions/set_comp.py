print(sorted({x % 4 for x in range(20)}))
print(sorted({(a, b) for a in range(2) for b in range(2) if a <= b}))
