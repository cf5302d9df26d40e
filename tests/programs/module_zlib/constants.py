# zlib's module constants and names, the versions and the types of the
# compression objects.
import zlib

names = sorted(n for n in dir(zlib) if not n.startswith('__'))
print(names)
for n in names:
    v = getattr(zlib, n)
    if isinstance(v, int):
        print(n, v)
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, zlib.ZLIB_VERSION.count('.') >= 2, zlib.__version__)
print(type(zlib.compressobj()), type(zlib.decompressobj()))
print(zlib.error.__mro__)
print(zlib.compress.__name__, zlib.compressobj().compress.__name__)
