# bytes % args: %c takes an int in range(256) or one byte (bytes or
# bytearray); %b / %s take any buffer or an object with __bytes__;
# '*' precision is a C int.
class FakeBytes:
    def __bytes__(self):
        return b'123'


class BadBytes:
    def __bytes__(self):
        return 'no'


def show(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)


show(b'%c', 7)
show(b'%c', b'Z')
show(b'%c', bytearray(b'Z'))
show(b'%5c|%-5c', (65, 66))
show(b'%b %s', (b'abc', bytearray(b'def')))
show(b'%b %s', (FakeBytes(), memoryview(b'ghi')))
show(b'%.2b|%5s', (bytearray(b'xyz'), FakeBytes()))
show(b'%a %r', (3.14, '\u0544'))
show(b'%b', BadBytes())
for bad in [-1, 256, 2**128, b'Za', bytearray(b''), 'Y', 3.14]:
    show(b'%c', bad)
for bad in ['Xc', 3, None]:
    show(b'%b', bad)
    show(b'%s', bad)
show(b'%g', '1')
show(b'%g', b'1')
show('%g', '1')
show(b'%d', '1')
for prec in [2**63 - 1, 2**31, 2**31 - 1, -2**31 - 1, 2**64, 3]:
    show('%.*d', (prec, 1))
    show(b'%.*d', (prec, 1))
show('%*d', (2**64, 1))
show('%.*f', (2**31, 1.0))
show('%.*s', (2**31, 'abc'))
show('%*s|%*s', (-4, 'a', 3, 'b'))


class Real:
    def __float__(self):
        return 2.5


class Idx:
    def __index__(self):
        return 7


show('%f %g', (Real(), Idx()))
show(b'%.1f %e', (Real(), Idx()))
