import binascii

print(binascii.hexlify(b'\x01\xab\xff'))
print(binascii.b2a_hex(bytearray(b'hello')))
print(binascii.hexlify(memoryview(b'\x00\x10\x20')))
print(binascii.hexlify(b'\x01\xab\xff\x10', '-'))
for n in [-3, -2, -1, 0, 1, 2, 3, 5]:
    print(n, binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', n))
print(binascii.hexlify(b'ab', sep='|', bytes_per_sep=1))
print(binascii.hexlify(b'', '-'))
print(binascii.unhexlify(b'01aBfF'))
print(binascii.unhexlify('deadBEEF'))
print(binascii.a2b_hex(bytearray(b'00ff')))
print(binascii.unhexlify(''))
data = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(data)) == data)
print(bytes.fromhex(binascii.hexlify(data).decode()) == data)

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(binascii.hexlify, b'\x01\xab', '::')
t(binascii.hexlify, b'\x01\xab', 1)
t(binascii.hexlify, b'\x01\xab', [1])
t(binascii.hexlify, 'ab')
t(binascii.hexlify)
t(binascii.unhexlify, '01a')
t(binascii.unhexlify, '01ag')
t(binascii.unhexlify, 'é1')
t(binascii.unhexlify, 5)
t(binascii.unhexlify, b'1', b'2')
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
print(binascii.Error, binascii.Incomplete, binascii.Incomplete.__mro__[1])
try:
    binascii.unhexlify('zz')
except ValueError as e:
    print('ValueError caught:', type(e).__name__, e)
