import base64, binascii
data = b'Man is distinguished, not only by his reason \x00\xff\xfe'
e = base64.b64encode(data); print(e, base64.b64decode(e) == data)
print(base64.urlsafe_b64encode(b'\xfb\xff\xbf'), base64.urlsafe_b64decode('-_-_'), base64.b64encode(b'\xfb\xff', altchars=b'-_'))
print(base64.standard_b64encode(b'ab'), base64.standard_b64decode(b'YWI='), base64.b64decode('YW Jj\n', validate=False))
print(base64.b32encode(b'hello'), base64.b32decode(b'NBSWY3DP'), base64.b32hexencode(b'hello'), base64.b16encode(b'\x01\xab'), base64.b16decode('01AB'), base64.b16decode('01ab', casefold=True))
print(base64.a85encode(b'hello world'), base64.a85decode(base64.a85encode(b'hello world')), base64.b85encode(b'hello'), base64.b85decode(base64.b85encode(b'\x00\x01xyz')))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))
for bad in [lambda: base64.b64decode('abc'), lambda: base64.b64decode('a$bc', validate=True), lambda: base64.b32decode('123'), lambda: base64.b16decode('0g')]:
    try:
        bad()
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
try:
    base64.b64encode('str')
except TypeError as e:
    print('TypeError', e)
print(base64.b64encode(bytearray(b'ba')), base64.b64encode(memoryview(b'mv')))
