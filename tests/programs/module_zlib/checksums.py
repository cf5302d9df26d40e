# crc32 and adler32: known vectors, running values, start values taken
# modulo 2**32 (negative and big ints), and every buffer type.
import array
import zlib

for data in [b'', b'a', b'abc', b'message digest', b'123456789', bytes(range(256)) * 4]:
    print(zlib.crc32(data), zlib.adler32(data))
text = b'The quick brown fox jumps over the lazy dog' * 7
crc = 0
adl = 1
for i in range(0, len(text), 13):
    crc = zlib.crc32(text[i:i + 13], crc)
    adl = zlib.adler32(text[i:i + 13], adl)
print(crc == zlib.crc32(text), adl == zlib.adler32(text), crc, adl)
for start in [0, 1, -1, 2**32, 2**32 + 5, -2**40, 2**70 + 3, 0xffffffff, True]:
    print(start, zlib.crc32(b'xyz', start), zlib.adler32(b'xyz', start))
print(zlib.crc32(bytearray(b'abc')), zlib.crc32(memoryview(b'xabcx')[1:4]), zlib.adler32(array.array('b', [97, 98, 99])))
print(zlib.crc32(b'abc', 0), zlib.adler32(b'abc', 1))
for bad in [lambda: zlib.crc32('abc'), lambda: zlib.adler32(None), lambda: zlib.crc32(b'a', 1.5), lambda: zlib.adler32(b'a', '1')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
