a = 1 + 2j
b = 3 - 1j
print(a + b, a - b, a * b, a / b)
print(a + 1, 2 * a, a - 0.5, 1 / a)
print(a ** 2, a ** -1, a ** 0, (1j) ** 2, 2 ** a)
print(abs(3 + 4j), abs(-2j), -a, +a)
print((-8) ** (1 / 3), (-1) ** 0.5)
try:
    a / 0
except ZeroDivisionError as e:
    print(e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(e)
try:
    a // 2
except TypeError as e:
    print(e)
try:
    a % 2
except TypeError as e:
    print(e)
