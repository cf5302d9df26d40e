b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"abc def".capitalize())
print(b.split(b", "), b"a b  c".split(), b"a,b,c".rsplit(b",", 1), b"x\ny\r\nz".splitlines())
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.find(111))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.replace(b"l", b"L", 2))
print(b"  pad ".strip(), b"xxhixx".strip(b"x"), b"ab".center(6, b"*"), b"7".zfill(3))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"a\tb".expandtabs(4))
print(b.partition(b", "), b.rpartition(b"o"), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" ".isspace(), b"AB".isupper(), b"Ab Cd".istitle(), b"".isascii())
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"))
try:
    b.index(b"zz")
except ValueError as e:
    print(e)
try:
    b.split("x")
except TypeError as e:
    print(e)
