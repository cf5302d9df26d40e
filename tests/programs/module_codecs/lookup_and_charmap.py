import codecs
print(codecs.lookup("utf-8").name)
print('é€'.encode('cp1252'), b'\x80'.decode('cp1252'))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2\x82')), repr(d.decode(b'\xac')))
import encodings
print(codecs.encode('abc', 'rot13'))
