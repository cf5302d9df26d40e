# Digit manipulation on big integers via str() and arithmetic.
def digit_sum(n):
    total = 0
    for ch in str(n):
        total += int(ch)
    return total

def digit_sum_arith(n):
    total = 0
    while n:
        total += n % 10
        n //= 10
    return total

def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

p = 2 ** 1000
print(len(str(p)), digit_sum(p), digit_sum_arith(p))
f = factorial(100)
print(len(str(f)), digit_sum(f), digit_sum_arith(f))
s = str(f)
zeros = 0
while s[len(s) - 1 - zeros] == '0':
    zeros += 1
print('trailing zeros of 100!', zeros)

# digital root and persistence
def persistence(n):
    steps = 0
    while n >= 10:
        product = 1
        for ch in str(n):
            product *= int(ch)
        n = product
        steps += 1
    return steps

for n in [39, 999, 277777788888899, 10, 4]:
    print(n, persistence(n))

# armstrong numbers below 1000
found = []
for n in range(1, 1000):
    s = str(n)
    k = len(s)
    total = 0
    for ch in s:
        total += int(ch) ** k
    if total == n:
        found.append(n)
print(found)
print(int(str(3 ** 100)[::-1]), str(-12345)[1:], int('-' + '9' * 30) + 1)
