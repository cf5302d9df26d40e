# _md5, _sha1, _sha256: digests of known inputs, including lengths around
# the 64-byte block and padding boundaries, and a few KB
import _md5, _sha1, _sha256
inputs = [b"", b"abc", b"message digest",
          b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
          b"a" * 55, b"a" * 56, b"a" * 63, b"a" * 64, b"a" * 65,
          b"a" * 119, b"a" * 120, bytes(range(256)) * 12]
for data in inputs:
    print(len(data))
    for new in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256]:
        print(' ', new(data).hexdigest())
