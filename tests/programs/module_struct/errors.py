import struct

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except struct.error as e:
        print('struct.error', e)
    except Exception as e:
        print(type(e).__name__, e)

for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P']:
    for order in '@<>':
        if order != '@' and fmt in 'nNP':
            continue
        for v in [-2**64, -2**63 - 1, -1, 256, 65536, 2**32, 2**63, 2**64]:
            t(struct.pack, order + fmt, v)
t(struct.pack, 'i', 1.5)
t(struct.pack, 'i', '1')
t(struct.pack, 'i', None)
t(struct.pack, 'f', 'x')
t(struct.pack, 'd', [])
t(struct.pack, 'f', 1e300)
t(struct.pack, '<f', 1e300)
t(struct.pack, 'e', 1e300)
t(struct.pack, '<e', 2**64)
t(struct.pack, '<f', 2**1000)
t(struct.pack, '<d', 2**1100)
t(struct.pack, 'c', 'a')
t(struct.pack, 'c', b'ab')
t(struct.pack, 'c', bytearray(b'a'))
t(struct.pack, 's', 'ab')
t(struct.pack, 'p', 1)
t(struct.pack, 'y', 1)
t(struct.pack, 'i')
t(struct.pack, 'i', 1, 2)
t(struct.pack, '3i', 1, 2)
t(struct.pack)
t(struct.pack, format='i')
class BadIndex:
    def __index__(self):
        return 'x'
t(struct.pack, 'i', BadIndex())
class BadFloat:
    def __float__(self):
        raise KeyError('k')
t(struct.pack, 'd', BadFloat())
class BadBool:
    def __bool__(self):
        raise ValueError('no truth')
t(struct.pack, '?', BadBool())
t(struct.unpack, 'i', b'abc')
t(struct.unpack, '<2i', b'abc')
t(struct.unpack, 'i', 'abcd')
t(struct.unpack, 'i', 5)
t(struct.unpack, 'i')
t(struct.unpack_from, 'i', b'abc')
t(struct.unpack_from, 'i', b'abcdefg', 4)
t(struct.unpack_from, 'i', b'abcdefg', -2)
t(struct.unpack_from, 'i', b'abcdefg', -20)
t(struct.unpack_from, 'i', b'abcdefg', 20)
t(struct.unpack_from, 'i', b'12345678', 1.0)
t(struct.unpack_from, 'i', b'1234', 2**70)
t(struct.unpack_from, 'i')
t(struct.pack_into, 'i', bytearray(3), 0, 1)
t(struct.pack_into, 'i', bytearray(8), 6, 1)
t(struct.pack_into, 'i', bytearray(8), -2, 1)
t(struct.pack_into, 'i', bytearray(8), -20, 1)
t(struct.pack_into, 'i', bytearray(8), 20, 1)
t(struct.pack_into, 'i', b'abcdefgh', 0, 1)
t(struct.pack_into, 'i', memoryview(b'12345678'), 0, 1)
t(struct.pack_into, 'i', bytearray(8), 'x', 1)
t(struct.pack_into, 'i', bytearray(8), 2**70, 1)
t(struct.pack_into, 'i', bytearray(8))
t(struct.pack_into, 'i', bytearray(8), 0)
t(struct.pack_into, 'i', bytearray(8), 0, 1, 2)
ba = bytearray(b'\xee' * 8)
t(struct.pack_into, '<hhh', ba, 0, 1, 'x', 3)
print(ba)
t(struct.iter_unpack, 'i', b'abcde')
t(struct.iter_unpack, '', b'abcde')
t(struct.iter_unpack, 'i')
for fmt in ['iz', 'i 3', '3', '3 i', '<P', '<n', '=N', 'i\0', b'i\0', '99999999999999999999i',
            '9223372036854775807i', '4611686018427387904h', 'é', 1, None, '!x@']:
    t(struct.calcsize, fmt)
t(struct.calcsize)
t(struct.calcsize, 'i', 'j')
t(struct.unpack, '0p', b'')
print(struct.pack('0p', b'ab'), struct.pack('1p', b'ab'), struct.pack('2p', b''))
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
print(repr(struct.error('x', 1)))
