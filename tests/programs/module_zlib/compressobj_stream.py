# Compress objects: streaming compress() with each flush mode, strategy,
# memLevel and method, and what compress/flush do after the stream is finished.
import zlib

chunks = [b'alpha ' * 20, b'beta ' * 30, bytes(range(100)), b'', b'gamma' * 7]
for mode in [zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH,
             zlib.Z_FULL_FLUSH, zlib.Z_BLOCK]:
    co = zlib.compressobj()
    parts = []
    for ch in chunks:
        parts.append(co.compress(ch))
        parts.append(co.flush(mode))
    parts.append(co.flush())
    out = b''.join(parts)
    print(mode, [len(p) for p in parts], zlib.decompress(out) == b''.join(chunks))
for strategy in [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED]:
    co = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
    out = co.compress(b''.join(chunks)) + co.flush()
    print('strategy', strategy, len(out), zlib.decompress(out) == b''.join(chunks))
for mem in [1, 5, 9]:
    co = zlib.compressobj(memLevel=mem, wbits=-10, level=9)
    out = co.compress(b''.join(chunks)) + co.flush(zlib.Z_FINISH)
    print('mem', mem, len(out), zlib.decompress(out, -10) == b''.join(chunks))
co = zlib.compressobj(wbits=31)
out = co.compress(bytearray(b'gzip data ' * 5)) + co.compress(memoryview(b'more')) + co.flush()
print(out[:3], zlib.decompress(out, 31))
co = zlib.compressobj()
print(co.compress(b'abc'), co.flush(zlib.Z_NO_FLUSH))
print(co.flush())
for f in [lambda: co.compress(b'x'), lambda: co.flush(), lambda: co.flush(zlib.Z_SYNC_FLUSH)]:
    try:
        print(f())
    except zlib.error as e:
        print('error:', e)
print(co.flush(zlib.Z_NO_FLUSH))
print(type(co).__name__, type(co).__module__)
