# Integer matrices: multiplication, powers, exact determinants.
def mat_mul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = []
    for i in range(n):
        row = []
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        out.append(row)
    return out

def identity(n):
    out = []
    for i in range(n):
        row = [0] * n
        row[i] = 1
        out.append(row)
    return out

def mat_pow(m, e):
    result = identity(len(m))
    while e > 0:
        if e % 2 == 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e //= 2
    return result

fib = [[1, 1], [1, 0]]
for n in [1, 2, 10, 50, 100, 300]:
    print(n, mat_pow(fib, n)[0][1])

def det_bareiss(m):
    a = []
    for row in m:
        a.append(row.copy())
    n = len(a)
    sign = 1
    prev = 1
    for k in range(n - 1):
        if a[k][k] == 0:
            swap = -1
            for r in range(k + 1, n):
                if a[r][k] != 0:
                    swap = r
                    break
            if swap < 0:
                return 0
            a[k], a[swap] = a[swap], a[k]
            sign = -sign
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
        prev = a[k][k]
    return sign * a[n - 1][n - 1]

print(det_bareiss([[2, 0], [0, 3]]), det_bareiss([[1, 2], [3, 4]]), det_bareiss([[0, 1], [1, 0]]))
print(det_bareiss([[6, 1, 1], [4, -2, 5], [2, 8, 7]]), det_bareiss([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
hilbert_scaled = []
for i in range(6):
    row = []
    for j in range(6):
        row.append(27720 // (i + j + 1))
    hilbert_scaled.append(row)
print(det_bareiss(hilbert_scaled))
vander = []
for x in [2, 3, 5, 7, 11]:
    row = []
    for p in range(5):
        row.append(x ** p)
    vander.append(row)
print(det_bareiss(vander))
rot = [[0, -1], [1, 0]]
print(mat_pow(rot, 1), mat_pow(rot, 2), mat_pow(rot, 4), mat_pow(rot, 1001))
