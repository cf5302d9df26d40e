import codecs
print(codecs.encode('a\tb\\c\xe9\u20ac\U0001f600', 'unicode_escape'))
print(codecs.decode(b'a\\tb\\\\c\\xe9\\u20ac\\U0001f600\\N{EURO SIGN}\\101', 'unicode_escape'))
print(codecs.encode('a\\b\xe9\u20ac', 'raw_unicode_escape'), codecs.decode(b'\\u20ac\\x', 'raw_unicode_escape'))
print(codecs.escape_encode(b"a'\n\x00\xff"), codecs.escape_decode(b"a\\'\\n\\x41\\101"))
for data in [b'\\x4', b'\\u12', b'\\N{nope}', b'ab\\']:
    try:
        codecs.decode(data, 'unicode_escape')
    except UnicodeDecodeError as e:
        print(e)
print(codecs.decode(b'ab\\x4g', 'unicode_escape', 'replace'))
print(codecs.unicode_escape_decode(b'ab\\u12', None, False))
print(repr(b'\\xe9'.decode('unicode-escape')), 'é'.encode('utf-7'), b'+AOk-'.decode('utf-7'))
try:
    codecs.escape_decode(b'\\x1')
except ValueError as e:
    print(e)
