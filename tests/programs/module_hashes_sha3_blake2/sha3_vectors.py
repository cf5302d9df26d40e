# _sha3: SHA3-224/256/384/512 digests of known inputs: empty, b"abc", lengths
# around each rate (one byte short, exact, one over) and a 2 KB input.
import _sha3

for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    T = getattr(_sha3, name)
    rate = T().block_size
    for data in [b"", b"abc", b"\x00", b"x" * (rate - 1), b"x" * rate,
                 b"x" * (rate + 1)]:
        h = T(data)
        print(name, len(data), h.hexdigest())
        assert h.digest().hex() == h.hexdigest()
        assert len(h.digest()) == h.digest_size
    print(name, "2K", T(bytes(range(256)) * 8).hexdigest())
