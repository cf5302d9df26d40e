import binascii

for data in [b'', b'a', b'hello', b'The quick brown fox jumps over the lazy dog', bytes(range(256))]:
    print(binascii.crc32(data), binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff))
print(binascii.crc32(b'hello', 12345))
print(binascii.crc32(b'hello', -1))
print(binascii.crc32(b'hello', 2**40 + 7))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'))
print(binascii.crc_hqx(b'hello', 0x12345), binascii.crc_hqx(b'hello', -1))
print(binascii.crc32(bytearray(b'abc')), binascii.crc32(memoryview(b'abc')))

class I:
    def __index__(self):
        return 99
print(binascii.crc32(b'x', I()), binascii.crc_hqx(b'x', I()))

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(binascii.crc32, 'abc')
t(binascii.crc32, b'abc', 1.5)
t(binascii.crc32, b'abc', crc=1)
t(binascii.crc_hqx, b'hello')
t(binascii.crc_hqx, b'hello', 'x')
