# Preset dictionaries: compressobj(zdict=...) with decompressobj(zdict=...)
# for zlib and raw streams, and the errors for a missing or wrong dictionary.
import zlib

zd = b'common words: zlib deflate inflate dictionary stream'
text = b'inflate the stream with a dictionary of common words: zlib deflate'
co = zlib.compressobj(zdict=zd)
comp = co.compress(text) + co.flush()
plain = zlib.compress(text)
print(len(comp) < len(plain), comp[:2].hex())
d = zlib.decompressobj(zdict=zd)
print(d.decompress(comp), d.eof)
d = zlib.decompressobj(zdict=bytearray(zd))
print(d.decompress(comp[:10]) + d.decompress(comp[10:]), d.eof)
d = zlib.decompressobj(zdict=memoryview(zd))
print(d.decompress(comp, 5), d.flush())
# raw deflate: the dictionary is set at once
co = zlib.compressobj(wbits=-15, zdict=zd)
raw = co.compress(text) + co.flush()
d = zlib.decompressobj(wbits=-15, zdict=zd)
print(d.decompress(raw), d.eof)
# no dictionary given
d = zlib.decompressobj()
try:
    d.decompress(comp)
except zlib.error as e:
    print('error:', e)
try:
    zlib.decompress(comp)
except zlib.error as e:
    print('error:', e)
# a wrong dictionary
d = zlib.decompressobj(zdict=b'something else')
try:
    d.decompress(comp)
except zlib.error as e:
    print('error:', e)
for bad in ['text', 5, None]:
    try:
        zlib.decompressobj(zdict=bad)
    except TypeError as e:
        print('TypeError:', e)
    try:
        zlib.compressobj(zdict=bad)
    except TypeError as e:
        print('TypeError:', e)
# copy keeps the dictionary
d = zlib.decompressobj(zdict=zd)
part = d.decompress(comp[:4])
d2 = d.copy()
print(part + d2.decompress(comp[4:]) == text, part + d.decompress(comp[4:]) == text)
