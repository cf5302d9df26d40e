import struct
from collections import namedtuple
print(struct.pack('<HIb', 1, 2, -3), struct.pack('>hq', -2, 2**40), struct.pack('!f', 1.5), struct.pack('<d', -0.1))
print(struct.unpack('<HIb', b'\x01\x00\x02\x00\x00\x00\xfd'), struct.calcsize('<HIb'), struct.calcsize('@HIb'), struct.calcsize('3s2xi'))
print(struct.pack('5s3p?c', b'hello world', b'xyzw', True, b'!'), struct.unpack('5s3p?c', struct.pack('5s3p?c', b'hi', b'ab', 0, b'z')))
Rec = namedtuple('Rec', 'id score name')
fmt = struct.Struct('<if8s')
blob = b''.join(fmt.pack(i, i * 1.5, ('n%d' % i).encode()) for i in range(3))
print(len(blob), fmt.size, fmt.format)
for t in fmt.iter_unpack(blob):
    print(Rec._make(t))
print(fmt.unpack_from(blob, fmt.size))
buf = bytearray(16)
struct.pack_into('>HH', buf, 4, 0xABCD, 7); print(buf)
print(struct.unpack('>e', struct.pack('>e', 0.333)), struct.pack('<Q', 2**64 - 1), struct.unpack('<q', b'\xff' * 8))
for bad in [lambda: struct.pack('<H', -1), lambda: struct.pack('<b', 200), lambda: struct.unpack('<I', b'ab'), lambda: struct.pack('i', 'x'), lambda: struct.calcsize('Z'), lambda: struct.pack('<HH', 1)]:
    try:
        bad()
    except struct.error as e:
        print('struct.error', e)
# a BMP file header round trip
hdr = struct.pack('<2sIHHI', b'BM', 1078, 0, 0, 54)
magic, size, r1, r2, off = struct.unpack('<2sIHHI', hdr)
print(magic, size, off, len(hdr))
