# hash() of ints, big ints, floats and complex numbers is CPython's (mod 2**61-1), so sets of numbers iterate in CPython's order
vals = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**62, -2**63, 2**63, 2**100, -2**100 + 3, 1.5, -1.5, 3.5, 0.1, 1e300, -1e-300, float('inf'), -float('inf'), 2.0, 1e18, 123456789.123, complex(1, 2), complex(0, -1.5)]
for v in vals:
    print(repr(v), hash(v))
print({1.5, 2.5, 0.1, 3.25, 100.75, -7.5})
print(hash(True), hash(False))
