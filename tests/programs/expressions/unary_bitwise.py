x = 12
print(-x, +x, ~x, not x, not 0, - -x)
print(x & 10, x | 3, x ^ 5, x << 3, x >> 2, -x >> 1)
print(1 << 64, (1 << 64) >> 60, ~(1 << 70))
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0xff)
print(-1 & 0xffffffff, (2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1)
