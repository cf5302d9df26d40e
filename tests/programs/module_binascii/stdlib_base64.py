import base64

data = b'fastpy \x00\xff binary \xfe data!'
for enc, dec in [(base64.b64encode, base64.b64decode),
                 (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode),
                 (base64.b16encode, base64.b16decode),
                 (base64.a85encode, base64.a85decode),
                 (base64.b85encode, base64.b85decode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
print(base64.b64encode(b'hi', altchars=b'-_'))
print(base64.b64decode('aGk=', validate=True))
print(base64.standard_b64encode(b'\xfb\xff'), base64.urlsafe_b64encode(b'\xfb\xff'))
try:
    base64.b64decode('aGk', validate=True)
except Exception as e:
    print(type(e).__name__, e)
print(base64.b32hexencode(b'abc'), base64.b32hexdecode(b'C5H66==='))
