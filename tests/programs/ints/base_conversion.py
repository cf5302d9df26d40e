# Converting integers to and from arbitrary bases.
DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'

def to_base(n, base):
    if n == 0:
        return '0'
    sign = ''
    if n < 0:
        sign = '-'
        n = -n
    out = []
    while n:
        out.append(DIGITS[n % base])
        n //= base
    out.reverse()
    return sign + ''.join(out)

def from_base(s, base):
    value = 0
    neg = s.startswith('-')
    if neg:
        s = s[1:]
    for ch in s:
        value = value * base + DIGITS.find(ch)
    return -value if neg else value

numbers = [0, 1, 255, -255, 1000, 2 ** 64, -(10 ** 30), 3 ** 100]
for n in numbers:
    row = []
    for b in [2, 8, 16, 36]:
        s = to_base(n, b)
        if int(s, b) != n or from_base(s, b) != n:
            row.append('MISMATCH')
        row.append(s if len(s) <= 20 else s[:10] + '..' + str(len(s)))
    print(n if n < 10 ** 12 else len(str(n)), row)

for b in range(2, 37):
    s = to_base(12345678901234567890, b)
    print(b, s, len(s))

print(to_base(-1, 2), to_base(35, 36), to_base(36, 36), from_base('zz', 36), int('ZZ', 36))
