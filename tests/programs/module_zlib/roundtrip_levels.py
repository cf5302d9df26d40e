# zlib.compress/decompress round trips at every level and wbits family
# (zlib, raw, gzip, automatic header detection); sizes and checksums of output.
import zlib

data = b''.join([b'line %d: the quick brown fox\n' % i for i in range(60)])
data += bytes(range(256))
for level in [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]:
    c = zlib.compress(data, level)
    print(level, len(c), zlib.crc32(c), zlib.decompress(c) == data)
for wbits in [9, 12, 15, -9, -12, -15, 25, 31]:
    c = zlib.compress(data, 6, wbits)
    back = zlib.decompress(c, wbits)
    print(wbits, len(c), c[:2].hex(), back == data)
    if wbits > 0:
        print('  auto', zlib.decompress(c, 47) == data, zlib.decompress(c, 32 + (wbits & 15)) == data)
print(zlib.compress(b''), zlib.decompress(zlib.compress(b'')))
print(zlib.compress(data, level=1, wbits=-15)[:10])
print(zlib.decompress(zlib.compress(data), bufsize=1) == data)
print(zlib.decompress(zlib.compress(data), bufsize=0) == data)
print(zlib.decompress(bytearray(zlib.compress(b'abc'))), zlib.decompress(memoryview(zlib.compress(b'abc'))))
print(zlib.compress(bytearray(b'xyz')) == zlib.compress(b'xyz'), zlib.compress(memoryview(b'xyzxyz')[1:4]) == zlib.compress(b'yzx'))
# data after the end of the stream is ignored by the one-shot function
print(zlib.decompress(zlib.compress(b'head') + b'garbage'))
big = bytes(range(256)) * 20
print(len(zlib.compress(big)), zlib.decompress(zlib.compress(big, 1)) == big)
