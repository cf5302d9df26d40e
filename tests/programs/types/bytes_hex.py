print(b"\x00\xff\x10".hex(), b"".hex(), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
print(b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcde".hex(" ", -2))
print(bytearray.fromhex("01 02"), bytearray(b"\x0a").hex())
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(e)
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(e)
