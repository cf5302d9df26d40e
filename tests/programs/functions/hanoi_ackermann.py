# Classic recursive functions.
moves = []

def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    count = hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    count += 1
    count += hanoi(n - 1, via, dst, src)
    return count

print(hanoi(3, 'A', 'C', 'B'))
for m in moves:
    print('move disk', m[0], 'from', m[1], 'to', m[2])
moves = []
print(hanoi(12, 'A', 'C', 'B'), len(moves), 2 ** 12 - 1)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

for m in range(3):
    row = []
    for n in range(5):
        row.append(ackermann(m, n))
    print(m, row)
print(ackermann(2, 3), ackermann(3, 3))

def binomial(n, k):
    if k == 0 or k == n:
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)

print(binomial(10, 5), binomial(16, 8), binomial(20, 1))

def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

perms = permutations([1, 2, 3])
print(len(perms), perms)
print(len(permutations(['a', 'b', 'c', 'd', 'e'])))

def flatten(x, out):
    if isinstance(x, (list, tuple)):
        for item in x:
            flatten(item, out)
    else:
        out.append(x)
    return out

print(flatten([1, [2, [3, (4, 5)], []], [[[6]]], 'seven'], []))
