# Converting an instance of a subclass gives the exact builtin type.
class I(int): pass
class F(float): pass
class S(str): pass
class B(bytes): pass
class T(tuple): pass
class Z(complex): pass
class BA(bytearray): pass

for conv, value in [(int, I(5)), (float, F(1.5)), (str, S('s')), (bytes, B(b'b')),
                    (tuple, T((1,))), (complex, Z(1, 1)), (bytearray, BA(b'x')),
                    (int, F(2.5)), (float, I(3)), (str, I(4)), (bytes, BA(b'q'))]:
    r = conv(value)
    print(conv.__name__, repr(r), type(r).__name__, r is value)
print(type(+I(3)).__name__, type(abs(I(-3))).__name__, type(-F(1.0)).__name__,
      type(S('a') * 2).__name__, type(S('a')[0]).__name__,
      type(B(b'ab')[:1]).__name__, type(T((1, 2))[:1]).__name__)
