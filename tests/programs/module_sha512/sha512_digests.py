# _sha512: SHA-512 and SHA-384 digests, incremental updates, copies
import _sha512
for data in [b"", b"abc", b"a" * 111, b"a" * 112, b"a" * 127, b"a" * 128, b"a" * 1000, bytes(range(256)) * 3]:
    h = _sha512.sha512(data)
    print(h.hexdigest()[:32], _sha512.sha384(data).hexdigest()[:32], len(h.digest()))
h = _sha512.sha512(b"ab"); h2 = h.copy(); h.update(b"c"); print(h.hexdigest() == _sha512.sha512(b"abc").hexdigest(), h2.hexdigest()[:16])
print(h.name, h.digest_size, h.block_size, _sha512.sha384().name)
try:
    _sha512.sha512("text")
except TypeError as e:
    print(e)
