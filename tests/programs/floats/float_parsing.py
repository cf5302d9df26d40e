# float() from strings and round-tripping repr.
for s in ['1.5', ' 1.5 ', '-2', '+3.25', '1e5', '1E-5', '.5', '5.', '1_000.5',
          '0.1', '123456789012345678901234567890', '-0', '1e400', '-1e400',
          '4.9e-324', '1e-400', 'inf', '-inf', 'nan', '  \t2.75\n']:
    print(repr(s), float(s))

# repr gives the shortest string that round-trips
values = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.1 + 0.2, 1e22, 1e23, 9007199254740993.0,
          123.456, 1.1, 100.0, 1e-7, 0.000123, 1e15 + 0.3, 5e-324, 2.0 ** 70]
ok = 0
for v in values:
    r = repr(v)
    if float(r) == v:
        ok += 1
    print(r, str(v))
print('round trips', ok, 'of', len(values))

# where repr switches to exponent notation
x = 1.0
for i in range(18):
    print(x, end=' ')
    x *= 10
print()
x = 1.0
for i in range(7):
    x /= 10
    print(x, end=' ')
print()
print(123456789.123456789, 0.1234567890123456789, 1234567890123456789.0)
