print(int("42"), int("  -17  "), int("+5"), int("1_000_000"), int("0x1F", 16), int("1f", 16))
print(int("0b101", 0), int("0o17", 0), int("0x_ff", 0), int("z", 36), int("Z", 36), int("٤٢"))
print(int(b"12"), int(bytearray(b"7")), int("10", base=2), int(" 0 ", 0), int("000", 0))
for s, base in [("", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("12a", 10), ("010", 0), ("2", 2), ("9", 8), (" ", 10)]:
    try:
        int(s, base)
    except ValueError as e:
        print(e)
try:
    int("1", 1)
except ValueError as e:
    print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
try:
    int(base=10)
except TypeError as e:
    print(e)
