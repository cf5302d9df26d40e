try:
    b'ab\xffcd'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    'ab\u20accd'.encode('cp1252'.replace('cp1252', 'latin-1'))
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    'x\x81'.encode('cp1252')
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
try:
    b'\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print(e)
print(b'\x81abc'.decode('cp1252', 'replace'), 'x\u0100'.encode('cp437', 'replace'))
b'\xe2\x82\x00'.decode('utf-16')
