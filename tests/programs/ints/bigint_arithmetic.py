a = 2 ** 100
b = 3 ** 60
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, -a // b, -a % b, a // -b)
print(a ** 2, (a * b) // (a + 1))
print(a > b, a == 2 ** 100, a != b)
print(a & b, a | b, a ^ b, a >> 50, b << 10)
print(-a, abs(-a), ~a)
print(a / b, b / a)
