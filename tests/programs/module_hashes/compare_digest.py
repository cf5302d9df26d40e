# _operator._compare_digest (hmac.compare_digest): ASCII str with str,
# bytes-like with bytes-like, and CPython's TypeErrors otherwise
import _operator
for a, b in [(b'a', b'a'), (b'a', b'b'), (b'ab', b'a'), (b'', b''),
             ('abc', 'abc'), ('abc', 'abd'), ('ab', 'a'),
             (bytearray(b'xy'), b'xy'), (memoryview(b'xy'), bytearray(b'xy')),
             ('a', b'a'), (b'a', 'a'), (1, 1), (1, b'a'), ('x', 1),
             (None, []), ('\xe9', '\xe9'), ('a', '\u20ac')]:
    try:
        print(_operator._compare_digest(a, b))
    except TypeError as e:
        print('TypeError:', e)
try:
    _operator._compare_digest(b'')
except TypeError as e:
    print(e)
print(_operator._compare_digest.__doc__.splitlines()[0])
