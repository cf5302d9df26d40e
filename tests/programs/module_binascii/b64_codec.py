import binascii

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(40))]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc))

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

cases = ['aGVsbG8=', 'aGVsbG8', 'aGVsbG', 'a', 'aGVs!!bG8=', 'aGVs bG8=\n',
         'aGVsbG8=extra', 'aGVsbA=x=', 'aGVsb=A=', 'aGVsb===', '', '====',
         'ab==cd==', 'abcde', 'abcdef', 'abcdefg', 'abc=', 'ab=c', '/1Cb=\ncA',
         'Zm9v=', '=Zm9v', 'Zm 9v', 'aGVsbG==']
for c in cases:
    print(repr(c))
    t(binascii.a2b_base64, c)
    t(binascii.a2b_base64, c.encode(), strict_mode=True)
t(binascii.a2b_base64, 'é')
t(binascii.a2b_base64, 3)
t(binascii.b2a_base64, 'x')
t(binascii.b2a_base64, b'x', True)
t(binascii.a2b_base64, bytearray(b'Zm9v'))
t(binascii.a2b_base64, memoryview(b'Zm9v'))
