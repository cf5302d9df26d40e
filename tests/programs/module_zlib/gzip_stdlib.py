# The gzip module on top of zlib: gzip.compress/decompress, GzipFile reading
# and writing in memory, multi-member files, and a corrupt file.
import gzip
import io

data = b''.join([b'record %d\n' % i for i in range(300)])
for level in [1, 6, 9]:
    g = gzip.compress(data, compresslevel=level, mtime=0)
    print(level, len(g), g[:4], gzip.decompress(g) == data)
two = gzip.compress(b'first ', mtime=0) + gzip.compress(b'second', mtime=0)
print(gzip.decompress(two))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0, filename='x.txt') as f:
    for i in range(0, len(data), 500):
        f.write(data[i:i + 500])
raw = buf.getvalue()
print(len(raw), raw[:10])
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.readline(), f.read(20), len(f.read()))
with gzip.open(io.BytesIO(raw), 'rt', encoding='ascii') as f:
    print(len(f.readlines()))
try:
    gzip.decompress(raw[:-10])
except EOFError as e:
    print('EOFError:', e)
try:
    gzip.decompress(b'\x1f\x8b\x08\x00' + b'\x00' * 6 + b'garbage')
except Exception as e:
    print(type(e).__name__, e)
