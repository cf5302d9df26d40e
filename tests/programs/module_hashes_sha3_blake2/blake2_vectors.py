# _blake2: BLAKE2b and BLAKE2s digests of known inputs: empty, b"abc",
# lengths around the block size, a 2 KB input, every few digest sizes.
import _blake2

for T in [_blake2.blake2b, _blake2.blake2s]:
    bs = T().block_size
    for data in [b"", b"abc", b"\x00", b"x" * (bs - 1), b"x" * bs,
                 b"x" * (bs + 1), b"x" * (2 * bs), b"x" * (2 * bs + 1)]:
        h = T(data)
        print(T.__name__, len(data), h.hexdigest())
        assert h.digest().hex() == h.hexdigest()
    print(T.__name__, "2K", T(bytes(range(256)) * 8).hexdigest())
    for size in [1, 2, 16, 20, 31, 32, 33, 48, 63, 64]:
        if size <= T.MAX_DIGEST_SIZE:
            h = T(b"abc", digest_size=size)
            print(T.__name__, size, h.digest_size, len(h.digest()),
                  h.hexdigest())
