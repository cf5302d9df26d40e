# _sha3: SHAKE128/256 output of any length (0, 1, 100, a rate and more),
# shorter outputs are prefixes of longer ones; digest and hexdigest agree.
import _sha3

for name in ["shake_128", "shake_256"]:
    T = getattr(_sha3, name)
    for data in [b"", b"abc", b"y" * 200]:
        h = T(data)
        long = h.digest(400)
        for n in [0, 1, 2, 100, h.block_size - 1, h.block_size,
                  h.block_size + 1, 400]:
            d = h.digest(n)
            assert d == long[:n], (name, n)
            assert h.hexdigest(n) == d.hex()
        print(name, len(data), h.digest(0), h.digest(1), h.hexdigest(100))
        print(name, len(data), long[-16:].hex(), h.digest(True).hex())
