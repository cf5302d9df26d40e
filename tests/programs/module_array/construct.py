# array.array(typecode[, initializer]): typecodes, sizes, initializers, repr
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__)
print(A)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.typecode, a.itemsize, len(a), repr(a))

print(A('i', [1, -2, 3]))
print(A('B', (0, 255)))
print(A('h', range(5)))
print(A('q', (x * x for x in range(4))))
print(A('d', [1, 2.5, -0.0, float('inf'), float('nan')]))
print(A('f', [0.1, 1e300, -1e300]))
print(A('u', 'h\xe9llo\U0001f600'))
print(A('u', ['a', 'b']))
print(A('u', 'it\'s "q"'))
print(A('b', b'\x01\xff'))
print(A('H', bytearray(b'\x01\x02\x03\x04')))
print(A('i', b'\x01\x00\x00\x00\xff\xff\xff\xff'))
print(A('d', A('i', [1, 2])))
print(A('i', A('i', [7, 8])))
print(A('Q', [2 ** 64 - 1, 0]), A('L', [2 ** 63]))
print(A('q', [-2 ** 63, 2 ** 63 - 1]))
print(A('I', [2 ** 32 - 1]), A('b', [-128, 127]), A('H', [65535]))
print(A('i', [True, False]))


class Idx:
    def __index__(self):
        return 7


print(A('b', [Idx()]), A('Q', [Idx()]), A('d', [Idx()]))
print(A('i', [5]).typecode, A('i', [5]).itemsize)
print(str(A('l', [1, 2])))
print(A('i', [1, 2]) == eval(repr(A('i', [1, 2])), {'array': A}))
