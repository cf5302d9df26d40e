import marshal

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for data in [b'', b'i\x01', b'Q', b'?', b'r\x00\x00\x00\x00', b'[\x01\x00\x00\x000',
             b'(\x01\x00\x00\x000', b')\x010', b'<\x01\x00\x00\x000', b'0',
             b'{i\x01\x00\x00\x000', b'{i\x01\x00\x00\x00i\x02\x00\x00\x00i\x03\x00\x00\x000',
             b'{0', b'{', b'[\xff\xff\xff\xff', b'(\xff\xff\xff\xff', b'<\xff\xff\xff\xff',
             b's\xff\xff\xff\xff', b'u\xff\xff\xff\xff', b'a\xff\xff\xff\xff',
             b'l\x01\x00\x00\x00\x00\x00', b'l\x01\x00\x00\x00\xff\xff',
             b'l\x01\x00\x00\x00\x00\x80', b'l\xfe\xff\xff\xff\x01\x00\x02\x00',
             b'l\x00\x00\x00\x00', b'l\x00\x00\x00\x80',
             b'I\x01\x02\x03\x04\x05\x06\x07\x08', b'I\xff\xff\xff\xff\xff\xff\xff\xff',
             b'f\x031.5', b'f\x03abc', b'f', b'x\x031.5\x012', b'z\x03ab', b'z', b')',
             b'u\x02\x00\x00\x00\xff\xfe', b'u\x03\x00\x00\x00\xed\xa0\x80',
             b'{[\x00\x00\x00\x00i\x01\x00\x00\x000', b'<\x01\x00\x00\x00[\x00\x00\x00\x00',
             b'\xdb\x01\x00\x00\x00r\x00\x00\x00\x00', b'\xa9\x01r\x00\x00\x00\x00',
             b'\xbe\x01\x00\x00\x00r\x00\x00\x00\x00', b'r\xff\xff\xff\xff',
             b'N trailing data', b'TN', b'g\x00\x00', b'y' + b'\x00' * 15,
             b'c' + b'\x00' * 40, b'\xe3' + b'\x00' * 40,
             b'[\x02\x00\x00\x00\xdb\x00\x00\x00\x00r\x01\x00\x00\x00',
             b'{[\x00\x00\x00\x00N0', b'{i\x01\x00\x00\x00[\x00\x00\x00\x00i\x01\x00\x00\x00N0',
             b'<\x02\x00\x00\x00(\x00\x00\x00\x00(\x00\x00\x00\x00']:
    t(lambda: marshal.loads(data))
t(lambda: marshal.loads(bytearray(b'i\x07\x00\x00\x00')))
t(lambda: marshal.loads(memoryview(b'T')))
t(lambda: marshal.loads('N'))
t(lambda: marshal.loads())
t(lambda: marshal.loads(b'N', b'N'))
t(lambda: marshal.loads(data=b'N'))
t(lambda: marshal.dumps())
t(lambda: marshal.dumps(1, 2, 3))
t(lambda: marshal.dumps(object()))
t(lambda: marshal.dumps([1, [2, {3: object()}]]))
t(lambda: marshal.dumps(len))
t(lambda: marshal.dumps(int))
t(lambda: marshal.dumps(NotImplemented))


class I(int):
    pass


class L(list):
    pass


t(lambda: marshal.dumps(I(3)))
t(lambda: marshal.dumps(L([1])))
t(lambda: marshal.dumps({1: L()}))
t(lambda: marshal.dumps(range(3)))
