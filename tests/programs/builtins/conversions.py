# int/float/str/repr conversions and their round trips.
for s in ['0', '-0', '+12', '  42  ', '1_000_000', '007', '-123456789012345678901234567890']:
    print(repr(s), int(s))
for s, base in [('ff', 16), ('FF', 16), ('0xff', 16), ('0x_ff', 16), ('777', 8), ('0o777', 8),
                ('1010', 2), ('0b1010', 2), ('z', 36), ('Zz', 36), ('10', 3), ('0x1f', 0),
                ('0o17', 0), ('0b11', 0), ('99', 0), (' -ff ', 16)]:
    print(s, base, int(s, base))
print(int(3.7), int(-3.7), int(1e20), int(True), int(False), int(-0.0), int(2 ** 0.5 * 1000))
print(float(3), float(-10 ** 20), float('3.5e2'), float(False), float(2 ** 60))
print(str(10 ** 25), str(-5), str(0.5), str(1e-10), str([1.0, 'a']), str((None, True)))
print(repr(10 ** 25), repr(-5), repr('q'), repr([1.0, 'a']), repr({'k': (1,)}))
for n in [0, 7, -7, 2 ** 64, -(3 ** 50), 10 ** 50 + 1]:
    print(int(str(n)) == n, int(repr(n)) == n, len(str(n)))
for f in [0.1, -2.5, 1e100, 1 / 3, 123456.789, 5e-324]:
    print(float(str(f)) == f, float(repr(f)) == f, str(f) == repr(f))
print(str(1.0), str(-1.0), str(1e16), str(1.5e-7), str(float(10 ** 15)), str(float(10 ** 16)))
print(int('1' * 50) % 97, float('1' * 30), int(float('1' * 20)))
