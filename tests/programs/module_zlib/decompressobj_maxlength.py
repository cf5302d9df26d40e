# Decompress objects: max_length limits the output and keeps the rest of the
# input in unconsumed_tail; flush() then finishes; eof and the attributes.
import zlib

data = b''.join([b'%05d,' % i for i in range(300)])
comp = zlib.compress(data, 9)
d = zlib.decompressobj()
print(d.eof, d.unused_data, d.unconsumed_tail)
out = []
chunk = d.decompress(comp, 100)
out.append(chunk)
print(len(chunk), len(d.unconsumed_tail), d.eof)
while d.unconsumed_tail:
    chunk = d.decompress(d.unconsumed_tail, 500)
    out.append(chunk)
print([len(c) for c in out], d.eof, d.unconsumed_tail, d.unused_data)
print(b''.join(out) == data, d.flush(), d.eof)

# flush() uses unconsumed_tail
d = zlib.decompressobj()
first = d.decompress(comp, 10)
rest = d.flush()
print(len(first), len(rest), first + rest == data, d.eof, d.unconsumed_tail)
print(d.flush(), d.eof)
# byte by byte input, no limit
small = zlib.compress(b'tiny stream, tiny stream')
d = zlib.decompressobj()
got = [d.decompress(small[i:i + 1]) for i in range(len(small))]
print(b''.join(got), d.eof, sum(1 for g in got if g))
# max_length 1 and a truncated stream
d = zlib.decompressobj()
print(d.decompress(comp[:20], 1), len(d.unconsumed_tail))
print(len(d.decompress(d.unconsumed_tail)), d.eof)
print(len(d.flush()), d.eof)
# flush(length) is only a buffer size
d = zlib.decompressobj()
d.decompress(comp, 5)
print(len(d.flush(1)), d.eof)
# the decompress after the stream is ended by flush()
try:
    d.decompress(b'x')
except zlib.error as e:
    print('error:', e)
print(d.flush())
