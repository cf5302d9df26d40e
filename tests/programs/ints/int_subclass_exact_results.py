# The int methods that return the value itself give an exact int for a
# bool or an int subclass; int.from_bytes takes any object bytes() takes.
class MyInt(int):
    pass


for v in [MyInt(7), True, -3]:
    n, d = v.as_integer_ratio()
    print(repr(n), type(n).__name__, repr(d), type(d).__name__)
    for r in [v.real, v.numerator, v.conjugate(), v.__trunc__(),
              v.__floor__(), v.__ceil__(), round(v), +v, v.imag,
              v.denominator]:
        print('  ', repr(r), type(r).__name__)


class ValidBytes:
    def __bytes__(self):
        return b'\x01\x00'


class InvalidBytes:
    def __bytes__(self):
        return 'abc'


class MissingBytes:
    pass


class RaisingBytes:
    def __bytes__(self):
        1 / 0


class SubStr(str):
    pass


print(int.from_bytes(ValidBytes()), int.from_bytes(ValidBytes(), 'little'))
print(int.from_bytes([1, 2]), int.from_bytes(bytearray(b'\xff'), signed=True))
print(int.from_bytes(memoryview(b'\x01\x02')), int.from_bytes(b'', SubStr('big')))
print(type(MyInt.from_bytes(b'\x05')).__name__)
for arg in [InvalidBytes(), MissingBytes(), RaisingBytes(), [256], 'ab']:
    try:
        print(int.from_bytes(arg))
    except Exception as e:
        print(type(e).__name__, e)


class RoundInt(int):
    def __round__(self, n=None):
        return 'rounded %r' % (n,)


class RoundFloat(float):
    def __round__(self, n=None):
        return 'rounded float %r' % (n,)


print(round(RoundInt(3)), round(RoundInt(3), 2), round(RoundFloat(2.5)),
      round(RoundFloat(2.5), 1), repr(round(MyInt(15), -1)))
