import struct
from collections import namedtuple

Record = namedtuple('Record', 'name serial school gradelevel')
record = b'raymond   \x32\x12\x08\x01\x08'
print(Record._make(struct.unpack('<10sHHb', record)))

header = struct.Struct('>4sHHI')
blob = header.pack(b'FPY1', 3, 11, 123456)
magic, major, minor, length = header.unpack(blob)
print(magic, major, minor, length, len(blob))

# a tiny binary file format: count + (id, value) pairs
items = [(1, 2.5), (2, -0.125), (300, 1e10)]
out = bytearray(struct.pack('<I', len(items)))
for ident, value in items:
    out += struct.pack('<Hd', ident, value)
print(bytes(out))
n, = struct.unpack_from('<I', out)
pos = 4
for _ in range(n):
    print(struct.unpack_from('<Hd', out, pos))
    pos += struct.calcsize('<Hd')

print(struct.calcsize('@Hd'), struct.calcsize('<Hd'))
print([x for (x,) in struct.iter_unpack('>h', b'\x00\x01\xff\xfe\x7f\xff')])
print(struct.unpack('>Q', struct.pack('>d', 1.0))[0] == 0x3ff0000000000000)
print(hex(struct.unpack('<I', struct.pack('<f', 0.1))[0]))
struct._clearcache()
print(struct.pack('<3B', *b'xyz'))
try:
    struct.pack('>H', 70000)
except struct.error as e:
    print('error:', e)
print(struct.__all__)
print(struct.__doc__.splitlines()[0])
