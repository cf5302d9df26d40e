import codecs
s = 'a\xe9\u20ac\udc80\U0001f600z'
for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
               'namereplace']:
    print(errors, s.encode('ascii', errors), s.encode('latin-1', errors))
print(s.encode('utf-8', 'surrogateescape'.replace('escape', 'pass')))
print('a\udc80\udcffb'.encode('ascii', 'surrogateescape'))
b = b'a\xff\xfe\x80b'
for errors in ['ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    print(errors, ascii(b.decode('utf-8', errors)), ascii(b.decode('ascii', errors)))
print(ascii(b'a\xed\xa0\x80'.decode('utf-8', 'surrogatepass')))
print(ascii('\ud800'.encode('utf-16-le', 'surrogatepass')))
for name in ['strict', 'ignore', 'replace', 'backslashreplace',
             'xmlcharrefreplace', 'namereplace', 'surrogateescape',
             'surrogatepass']:
    print(name, codecs.lookup_error(name).__name__)
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print(e)
calls = []
def handler(exc):
    calls.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ('<%d:%d>' % (exc.start, exc.end), exc.end)
    return ('[%d]' % exc.object[exc.start], exc.start + 1)
codecs.register_error('mine', handler)
print(codecs.lookup_error('mine') is handler)
print('x\xe9\xe8y'.encode('ascii', 'mine'))
print(b'x\xff\xfey'.decode('utf-8', 'mine'))
print(b'x\xff'.decode('ascii', 'mine'))
print(calls)
def bytes_handler(exc):
    return (b'??', exc.end)
codecs.register_error('bytes', bytes_handler)
print('a\xe9b'.encode('ascii', 'bytes'))
def bad(exc):
    return 'nope'
codecs.register_error('bad', bad)
for f in [lambda: 'a\xe9'.encode('ascii', 'bad'), lambda: b'\xff'.decode('utf-8', 'bad')]:
    try:
        f()
    except TypeError as e:
        print(e)
def far(exc):
    return ('', 100)
codecs.register_error('far', far)
try:
    'a\xe9'.encode('latin-1'.replace('latin-1', 'ascii'), 'far')
except IndexError as e:
    print(e)
def back(exc):
    return ('-', -1)
codecs.register_error('back', back)
print('a\xe9bc'.encode('ascii', 'back'))
e = UnicodeEncodeError('ascii', 'a\xe9\xe8b', 1, 3, 'bad')
print(codecs.replace_errors(e), codecs.backslashreplace_errors(e), codecs.xmlcharrefreplace_errors(e))
print(codecs.ignore_errors(e), codecs.namereplace_errors(e))
d = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'bad')
print(codecs.replace_errors(d), codecs.backslashreplace_errors(d))
try:
    codecs.strict_errors(d)
except UnicodeDecodeError as x:
    print(x is d, x)
try:
    codecs.xmlcharrefreplace_errors(d)
except TypeError as x:
    print(x)
try:
    codecs.replace_errors(ValueError('x'))
except TypeError as x:
    print(x)
try:
    codecs.register_error('x', 1)
except TypeError as x:
    print(x)
