print((0).bit_length(), (255).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print((7).bit_count(), (-7).bit_count(), (0).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (5).to_bytes())
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 0], "little"))
print((6).as_integer_ratio(), (-3).conjugate(), True.conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(True.real, True.numerator, type(True.real).__name__)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(e)
