def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    result = []
    for i in range(n):
        row = []
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        result.append(row)
    return result
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b))
ident = [[1, 0], [0, 1]]
print(matmul(a, ident) == a)
p = a
for i in range(5):
    p = matmul(p, a)
print(p)
