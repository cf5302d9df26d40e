total = 0
for i, x in enumerate(range(1000)):
    total += i * x
print(total)
acc = 0
for a, b in zip(range(500), range(500, 1000)):
    acc += b - a
print(acc)
print(sum(map(lambda v: v * 2, range(100))), len(list(filter(lambda v: v % 3 == 0, range(100)))))
