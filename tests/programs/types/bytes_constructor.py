print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(b"xy"), bytes("hé", "utf-8"), bytes(range(3)))
print(bytes(bytearray(b"z")), bytes((1, 2)), bytes(memoryview(b"mv")))
try:
    bytes("abc")
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    bytes(-1)
except ValueError as e:
    print(e)
try:
    bytes(1.5)
except TypeError as e:
    print(e)
print(b"abc"[0], b"abc"[-1], b"abcdef"[1:4], b"abcdef"[::2], list(b"hi"))
print(b"ab" + b"cd", b"ab" * 3, 3 * b"x", b"a" < b"b", b"b" in b"abc", 98 in b"abc")
