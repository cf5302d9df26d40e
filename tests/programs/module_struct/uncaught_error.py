import struct
print(struct.pack('<h', 1))
struct.unpack('<i', b'abc')
