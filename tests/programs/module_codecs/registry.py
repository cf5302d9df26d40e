import codecs
seen = []
def search(name):
    seen.append(name)
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)),
                                lambda b, e='strict': (bytes(b).decode().lower(), len(b)),
                                name='my-codec')
    return None
codecs.register(search)
for n in ['My Codec', '  my--codec  ', 'MY.CODEC', 'x+y', 'ÄB']:
    try:
        print(n, '->', codecs.lookup(n).name)
    except LookupError as e:
        print(n, '->', repr(e))
print(seen)
print(codecs.lookup('my codec') is codecs.lookup('my_codec'))
print('abc'.encode('my_codec'), b'XYZ'.decode('my-codec'))
print(codecs.encode('abc', 'my_codec'), codecs.decode(b'Q', 'my_codec'))
info = codecs.lookup('UTF8')
print(info.name, info.encode('é'), info.decode(b'\xc3\xa9'))
print(codecs.lookup('latin_1').name, codecs.lookup('ISO-8859-15').name, codecs.lookup('utf-16').name)
codecs.unregister(search)
try:
    codecs.lookup('my_codec2')
except LookupError as e:
    print(e)
try:
    codecs.register(42)
except TypeError as e:
    print(e)
def bad(name):
    return (1, 2)
codecs.register(bad)
try:
    codecs.lookup('zzz')
except TypeError as e:
    print(e)
codecs.unregister(bad)
for n in ['rot13', 'hex']:
    try:
        'x'.encode(n)
    except LookupError as e:
        print(e)
print(codecs.encode('Hello', 'rot13'), codecs.decode(b'6869', 'hex'))
try:
    'x'.encode('nope')
except LookupError as e:
    print(e)
try:
    codecs.lookup('a\0b')
except ValueError as e:
    print(e)
