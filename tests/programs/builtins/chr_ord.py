print(chr(65), chr(0x20ac), chr(0x1f600) == "\U0001f600", ord("A"), ord("€"), ord(b"a"), ord(bytearray(b"z")))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(e)
try:
    chr(2 ** 70)
except OverflowError as e:
    print(e)
try:
    chr("a")
except TypeError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    ord("")
except TypeError as e:
    print(e)
try:
    ord(5)
except TypeError as e:
    print(e)
