import struct, _struct

s = struct.Struct('<2hx3s?')
print(s.format, s.size)
print(s.pack(1, 2, b'ab', 5))
print(s.unpack(s.pack(1, 2, b'ab', 5)))
print(s.unpack_from(b'\x00' + s.pack(3, 4, b'xyz', 0), 1))
buf = bytearray(12)
s.pack_into(buf, 2, -1, -2, b'q', True)
print(buf)
print(list(s.iter_unpack(s.pack(1, 2, b'a', 0) * 3)))
s2 = struct.Struct(b'>I')
print(s2.format, type(s2.format).__name__, s2.size, s2.pack(258))
s3 = struct.Struct(format='!q')
print(s3.format, s3.size)
s3.__init__('B')
print(s3.format, s3.size, s3.pack(200))
print(type(s).__name__, type(s).__module__, struct.Struct is _struct.Struct)
print(isinstance(s, struct.Struct), struct.Struct('i') == struct.Struct('i'))

class MyStruct(struct.Struct):
    def __init__(self, fmt, tag):
        super().__init__(fmt)
        self.tag = tag
    def describe(self):
        return '%s:%s:%d' % (self.tag, self.format, self.size)

m = MyStruct('<HH', 'pair')
print(m.describe(), m.pack(1, 2), m.unpack(b'\x03\x00\x04\x00'), isinstance(m, struct.Struct))

it = s2.iter_unpack(b'\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x03')
print(type(it).__name__, type(it).__module__)
print(it.__length_hint__(), next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(iter(it) is it)

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t(struct.Struct)
t(struct.Struct, 'i', 'j')
t(struct.Struct, 1)
t(s.pack, 1)
t(s.unpack)
t(s.iter_unpack)
t(s.pack_into, bytearray(8))
t(s.pack_into)
t(s.pack_into, bytearray(8), 0)
t(lambda: type(it)())
