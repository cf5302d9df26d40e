x = 7.5
y = 2.0
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)
print(-x // y, -x % y, x // -y, x % -y)
print(2 + 0.5, 3 * 1.5, 10 / 4.0, 1 - 0.25, 2 ** -2, 4 ** 0.5)
print(abs(-2.5), -(-1.5), 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(float('inf') - float('inf') == 0, float('inf') > 1e308)
total = 0.0
for i in range(1, 11):
    total += 1.0 / i
print(total)
