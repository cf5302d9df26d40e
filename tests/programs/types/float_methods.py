print((1.5).hex(), (0.1).hex(), (-2.0).hex(), (0.0).hex(), (-0.0).hex(), (1e-320).hex(), float("inf").hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("0x1.fffffffffffffp+1023"), float.fromhex("  0XAp0 "), float.fromhex("1"))
print((2.0).is_integer(), (2.5).is_integer(), float("inf").is_integer())
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (8.0).as_integer_ratio())
print((3.5).real, (3.5).imag, (3.5).conjugate())
for bad in ["0x", "1p", "zz", "0x1.p"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(e)
try:
    float.fromhex("0x1p10000")
except OverflowError as e:
    print(e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)
