# Floor division and modulo on big ints of every sign combination.
a_values = [10 ** 30 + 7, -(10 ** 30 + 7), 2 ** 100, -(3 ** 70), 12345, -1, 0]
b_values = [7, -7, 10 ** 15 + 3, -(2 ** 64), 3 ** 40]
bad = 0
for a in a_values:
    for b in b_values:
        q = a // b
        r = a % b
        if q * b + r != a:
            bad += 1
        if r != 0 and (r < 0) != (b < 0):
            bad += 1
        if abs(r) >= abs(b):
            bad += 1
print('invariant violations', bad)

print((10 ** 30 + 7) // 7, (10 ** 30 + 7) % 7)
print(-(10 ** 30 + 7) // 7, -(10 ** 30 + 7) % 7)
print((10 ** 30 + 7) // -7, (10 ** 30 + 7) % -7)
print(2 ** 100 // -(2 ** 64), 2 ** 100 % -(2 ** 64))
print(-(3 ** 70) // (3 ** 40), -(3 ** 70) % (3 ** 40), -(3 ** 70) // (3 ** 40 + 1))
print(-1 // (10 ** 20), -1 % (10 ** 20), 1 // -(10 ** 20), 0 // -(10 ** 20))

# true division of big ints gives correctly rounded floats
print(10 ** 30 / 10 ** 10, 2 ** 100 / 2 ** 50, (10 ** 30 + 1) / 3, -(2 ** 80) / 3)
print(1 / 3, 2 / 3, 10 ** 20 / 7, 7 / 10 ** 20)

# long division digit by digit: 1/7 and 1/97 to many places
def digits_of(num, den, n):
    out = ''
    r = num % den
    for i in range(n):
        r *= 10
        out += str(r // den)
        r %= den
    return out

print('1/7 =', '0.' + digits_of(1, 7, 30))
print('1/97 =', '0.' + digits_of(1, 97, 100))
print(10 ** 100 // 97 == int(digits_of(1, 97, 100)))
