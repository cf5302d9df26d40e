import codecs
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    data = 'a\xe9\U0001f600'.encode(enc)
    print(enc, data, ascii(data.decode(enc)))
print(codecs.utf_16_ex_decode(b'\xfe\xff\x00A', None, 0, True))
print(codecs.utf_32_ex_decode(b'\xff\xfe\x00\x00A\x00\x00\x00', None, 0, True))
print(codecs.utf_16_decode(b'A\x00\x00\xd8', None, False))
for data in [b'A', b'A\x00\x00\xdc', b'A\x00\x00\xd8A\x00', b'A\x00\x00\xd8']:
    try:
        data.decode('utf-16-le')
    except UnicodeDecodeError as e:
        print(e)
for data in [b'a\x00\x00\x00\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'abc']:
    try:
        data.decode('utf-32-le')
    except UnicodeDecodeError as e:
        print(e)
try:
    'a\ud800'.encode('utf-16')
except UnicodeEncodeError as e:
    print(e)
print('a\ud800'.encode('utf-32-be', 'replace'), 'a\ud800'.encode('utf-16-le', 'backslashreplace'))
