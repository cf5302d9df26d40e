def pairs(n):
    for i in range(n):
        for j in range(i):
            yield i, j

for p in pairs(4):
    print(p)
