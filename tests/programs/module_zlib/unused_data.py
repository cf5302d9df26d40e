# Decompress objects: input after the end of the compressed stream is kept in
# unused_data, across several calls, for zlib, raw and gzip streams.
import zlib

for wbits in [15, -15, 31]:
    c = zlib.compressobj(wbits=wbits)
    comp = c.compress(b'payload ' * 10) + c.flush()
    d = zlib.decompressobj(wbits if wbits != 31 else 47)
    print(wbits, d.decompress(comp + b'XYZ'), d.unused_data, d.eof)
    print(d.decompress(b'more'), d.unused_data, d.unconsumed_tail)
    print(d.flush(), d.unused_data, d.eof)
# split at the end of the stream
comp = zlib.compress(b'ab' * 40)
d = zlib.decompressobj()
print(d.decompress(comp[:-2]), d.eof, d.unused_data)
print(d.decompress(comp[-2:] + b'tail'), d.eof, d.unused_data)
# max_length reached exactly at the end of the stream
d = zlib.decompressobj()
print(d.decompress(comp + b'!!', 80), d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(comp + b'!!', 79), d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(d.unconsumed_tail), d.eof, d.unused_data, d.unconsumed_tail)
# two concatenated gzip members: the second one is unused data
g = zlib.compress(b'one', wbits=31) + zlib.compress(b'two', wbits=31)
d = zlib.decompressobj(31)
print(d.decompress(g), len(d.unused_data), zlib.decompress(d.unused_data, 31))
