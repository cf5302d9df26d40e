# Bitwise operators on small, negative and big ints.
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

def to_binary(n):
    if n == 0:
        return '0'
    sign = ''
    if n < 0:
        sign = '-'
        n = -n
    digits = ''
    while n > 0:
        digits = str(n & 1) + digits
        n >>= 1
    return sign + digits

for n in [0, 1, 5, 255, 256, 2 ** 64 - 1, 2 ** 100 + 7, -6]:
    print(n, to_binary(n), popcount(n) if n >= 0 else -1)

print(-1 >> 1, -8 >> 1, -9 >> 2, -1 << 10, 1 << 100, (1 << 100) >> 99)
print(~0, ~5, ~-1, ~(2 ** 70), -(2 ** 70) - 1 == ~(2 ** 70))
print(-6 & 0xff, -6 | 3, -6 ^ 3, -1 & -1, 6 & -6, -(2 ** 70) & 0xffff)
print((2 ** 70 - 1) ^ (2 ** 69), (2 ** 80) | 1, (2 ** 80 + 5) & (2 ** 80 + 3))
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, 0o777 >> 3, 0xff << 4)
print(True & False, True | False, True ^ True, True << 3, ~True)

# gray code and its inverse
def gray(n):
    return n ^ (n >> 1)

def ungray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n

codes = []
for i in range(16):
    codes.append(gray(i))
print(codes)
ok = True
for i in range(1000):
    if ungray(gray(i)) != i:
        ok = False
print('gray round trip', ok)

# subsets via bitmasks
items = ['a', 'b', 'c']
for mask in range(1 << len(items)):
    chosen = []
    for i in range(len(items)):
        if mask >> i & 1:
            chosen.append(items[i])
    print(mask, chosen)
