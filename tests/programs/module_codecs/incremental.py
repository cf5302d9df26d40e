import codecs, io, os, tempfile
d = codecs.getincrementaldecoder('utf-8')()
out = [d.decode(bytes([b])) for b in '€uro'.encode()]
print(out, repr(d.decode(b'', final=True)))
d = codecs.getincrementaldecoder('utf-16')()
print(repr(d.decode(b'\xff')), repr(d.decode(b'\xfea')), repr(d.decode(b'\x00b\x00')))
try:
    d.decode(b'', final=True)
except UnicodeDecodeError as e:
    print(e)
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'))
print(list(codecs.iterdecode([b'\xc3', b'\xa9', b'x'], 'utf-8')))
print(list(codecs.iterencode(['a', 'é'], 'latin-1')))
r = codecs.getreader('utf-8')(io.BytesIO('line1\nlïne2\n'.encode()))
print(r.readline(), r.readlines())
buf = io.BytesIO()
w = codecs.getwriter('cp1252')(buf)
w.write('€10')
print(buf.getvalue())
path = os.path.join(tempfile.mkdtemp(), 'f.txt')
with codecs.open(path, 'w', encoding='utf-16') as f:
    f.write('héllo\n')
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, encoding='utf-16') as f:
    print(repr(f.read()))
os.remove(path)
os.rmdir(os.path.dirname(path))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
