# zlib's error paths: bad data, truncated streams, bad wbits, level, method,
# memLevel, strategy, buffer and length arguments, with CPython's messages.
import zlib

good = zlib.compress(b'some data to compress' * 4)
cases = [
    lambda: zlib.decompress(b'abc'),
    lambda: zlib.decompress(b''),
    lambda: zlib.decompress(good[:-3]),
    lambda: zlib.decompress(good[:5]),
    lambda: zlib.decompress(good[:1]),
    lambda: zlib.decompress(b'\x78\x9c' + b'\xff' * 10),
    lambda: zlib.decompress(good, -15),
    lambda: zlib.decompress(good, 31),
    lambda: zlib.decompress(good, 8),
    lambda: zlib.decompress(good, 99),
    lambda: zlib.decompress(good, 9),
    lambda: zlib.decompress(good, bufsize=-1),
    lambda: zlib.decompress('text'),
    lambda: zlib.decompress(good, 1.5),
    lambda: zlib.compress(b'x', 10),
    lambda: zlib.compress(b'x', -2),
    lambda: zlib.compress(b'x', 6, 7),
    lambda: zlib.compress(b'x', 6, 32),
    lambda: zlib.compress('text'),
    lambda: zlib.compress(b'x', 1.0),
    lambda: zlib.compressobj(10),
    lambda: zlib.compressobj(method=7),
    lambda: zlib.compressobj(wbits=99),
    lambda: zlib.compressobj(memLevel=0),
    lambda: zlib.compressobj(memLevel=10),
    lambda: zlib.compressobj(strategy=9),
    lambda: zlib.decompressobj(99),
    lambda: zlib.decompressobj(wbits=7),
    lambda: zlib.decompressobj().decompress(b'', -1),
    lambda: zlib.decompressobj().decompress('text'),
    lambda: zlib.decompressobj().flush(0),
    lambda: zlib.decompressobj().flush(-5),
    lambda: zlib.decompressobj().decompress(b'garbage!'),
    lambda: zlib.decompressobj(-15).decompress(b'\xff\xff\xff'),
    lambda: zlib.decompressobj(31).decompress(good),
    lambda: zlib.compressobj().compress('text'),
    lambda: zlib.compressobj().flush(99),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except Exception as e:
        print(i, type(e).__name__, e)
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.error.__name__)
# state after a data error: the bytes before it are consumed
d = zlib.decompressobj()
try:
    print(d.decompress(good[:10] + b'\xff' * 20))
except zlib.error as e:
    print(e, d.eof, len(d.unconsumed_tail), d.unused_data)
# a truncated stream through a decompress object gives what it can
d = zlib.decompressobj()
print(d.decompress(good[:-4]) , d.eof, d.flush(), d.eof)
zlib.decompress(b'not zlib')
