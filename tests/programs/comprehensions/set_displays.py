a = [3, 1]
print(sorted({1, 2, 2, 3}))
print(sorted({*a, 5}))
print(sorted({x % 3 for x in range(10)}))
print(len({1, 1.0, True}))
