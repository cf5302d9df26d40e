print(b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", b"b" > bytearray(b"a"), b"a" != b"b")
print(b"ab" + bytearray(b"c"), bytearray(b"ab") + b"c", type(b"x" + bytearray(b"y")).__name__)
print(bytearray(b"ab") * 2, 2 * bytearray(b"x"), b"ab" in bytearray(b"cabd"), 99 in bytearray(b"abc"))
print(hash(b"ab") == hash(b"ab"), sorted([b"b", b"a", b"ab"]), max(b"az"))
