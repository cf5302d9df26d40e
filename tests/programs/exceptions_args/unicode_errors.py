# UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError.
def show(e):
    print(repr(e), '|', e, '|', repr(e.encoding), repr(e.object), e.start,
          e.end, repr(e.reason))

show(UnicodeDecodeError('utf-8', b'abc', 1, 2, 'invalid start byte'))
show(UnicodeDecodeError('utf-8', b'abc', 0, 3, 'bad'))
show(UnicodeDecodeError('ascii', b'\xff\xfe', 0, 1, 'r'))
show(UnicodeDecodeError('utf-8', bytearray(b'abc'), 1, 2, 'r'))
show(UnicodeEncodeError('ascii', '\u20ac\U0001f600x', 0, 1, 'r'))
show(UnicodeEncodeError('ascii', '\u20ac\U0001f600x', 1, 2, 'r'))
show(UnicodeEncodeError('ascii', '\u20ac\U0001f600x', 2, 3, 'r'))
show(UnicodeEncodeError('ascii', '\u20ac\U0001f600x', 0, 3, 'r'))
show(UnicodeEncodeError('ascii', '\u20ac\U0001f600x', 3, 4, 'r'))
show(UnicodeTranslateError('abc', 1, 2, 'r'))
show(UnicodeTranslateError('abc', 1, 3, 'r'))
e = UnicodeDecodeError('utf-8', b'abc', 1, 2, 'r')
e.end = 10
print(e)
e.start = 10
print(e)
e.reason = 'other'
e.encoding = 'latin-1'
print(e)
del e.encoding
print(e.encoding)
try:
    del e.start
except TypeError as exc:
    print('TypeError:', exc)
print(str(UnicodeError('a', 'b', 'c', 'd', 'e')))
try:
    UnicodeError('a', 'b', 'c', 'd', 'e').encoding
except AttributeError as exc:
    print('AttributeError:', exc)
for make in [lambda: UnicodeDecodeError('a'),
             lambda: UnicodeDecodeError(1, b'', 1, 2, 'r'),
             lambda: UnicodeDecodeError('utf-8', 'abc', 1, 2, 'r'),
             lambda: UnicodeEncodeError('utf-8', b'abc', 1, 2, 'r'),
             lambda: UnicodeEncodeError('utf-8', 'abc', '1', 2, 'r'),
             lambda: UnicodeEncodeError('utf-8', 'abc', 1, 2, b'r'),
             lambda: UnicodeTranslateError('abc', 1, 2),
             lambda: UnicodeDecodeError('utf-8', b'abc', 2**70, 2, 'r'),
             lambda: UnicodeDecodeError('a', b'x', 0, 1, 'r', x=1)]:
    try:
        make()
    except (TypeError, OverflowError) as exc:
        print(type(exc).__name__ + ':', exc)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as exc:
    print(exc.encoding, exc.object, exc.start, exc.end, exc.reason)
    print(exc)
try:
    'a\u20acb\u20ac\u20ac'.encode('ascii')
except UnicodeEncodeError as exc:
    print(exc.encoding, exc.object, exc.start, exc.end, exc.reason)
    print(exc, exc.args)
try:
    b'ab\xff\xfe'.decode('ascii')
except UnicodeDecodeError as exc:
    print(exc, exc.args)
