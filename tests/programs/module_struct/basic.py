import struct

print(struct.pack('<hHiIqQ', -2, 65535, -5, 4000000000, -2**63, 2**64 - 1))
print(struct.pack('>hHiIqQ', -2, 65535, -5, 4000000000, -2**63, 2**64 - 1))
print(struct.pack('!lL', -1, 2**32 - 1), struct.pack('=lL', 7, 8))
print(struct.pack('@lLnNP', -1, 2**64 - 1, -3, 3, 2**64 - 1))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -5, 4000000000, -2**63, 2**64 - 1)))
print(struct.unpack('>bB?c', b'\xff\xff\x02z'))
print(struct.pack('3s5p2c', b'abcdef', b'xy', b'q', b'r'))
print(struct.unpack('3s5p2c', b'abc\x02xyzwqr'))
print(struct.pack('<efd', 1.5, -2.25, 0.1), struct.unpack('<efd', struct.pack('<efd', 1.5, -2.25, 0.1)))
print(struct.pack('>e', 65504.0), struct.pack('<f', 1e-45), struct.pack('>d', float('inf')))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('>f', b'\xff\x80\x00\x00'))
print(struct.pack('?????', 0, 1, [], [0], None))
print(struct.pack('i', True), struct.pack('d', 3), struct.pack('f', 2**30))
print(struct.pack('xx3xb', 5), struct.pack('0s', b'abc'), struct.pack(''))
print(struct.unpack('', b''), struct.unpack('0i', b''))
for fmt in ['i', 'bhbibqbd', '@bhbibqbd', '=bhbibqbd', '<bhbibqbd', '>3h', 'ci', '<ci', 'cP',
            'c?e', '@i0q', '@c0s0i', 'x', '3x', '10s', '10p', ' i  h ', 'hi ', '4sQ']:
    print(repr(fmt), struct.calcsize(fmt), struct.calcsize(fmt.encode()))
print(struct.unpack('@?2xbq', b'\x02' * 16))
print(struct.unpack('@bhbibqbd', bytes(range(40))))
print(struct.pack('@bhbibqbd', 1, 2, 3, 4, 5, 6, 7, 8.0))

class I:
    def __index__(self):
        return 7
class F:
    def __float__(self):
        return 2.5
print(struct.pack('<iQd', I(), I(), I()), struct.pack('<f', F()))
print(struct.unpack_from('<h', b'\x01\x02\x03\x04', 2), struct.unpack_from('<h', b'\x01\x02\x03\x04', offset=1))
print(struct.unpack_from('<h', b'\x01\x02\x03\x04', -2), struct.unpack_from('<h', buffer=b'\x05\x06'))
print(struct.unpack('<i', bytearray(b'\x01\x00\x00\x00')), struct.unpack('<i', memoryview(b'\x02\x00\x00\x00')))
ba = bytearray(10)
struct.pack_into('<hi', ba, 1, -1, 0x01020304)
print(ba)
struct.pack_into('>h', ba, -2, 0x0a0b)
print(ba)
mv = memoryview(ba)
struct.pack_into('<b', mv, 0, -1)
print(ba)
print(list(struct.iter_unpack('<hB', b'\x01\x00\x02\x03\x00\x04')))
print(struct.pack('<i', -1) == b'\xff\xff\xff\xff', struct.calcsize('P') == 8)
