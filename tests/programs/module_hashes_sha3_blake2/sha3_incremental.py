# _sha3: updates in pieces give the one-shot digest; copy() is independent;
# digest() does not finish the object (more updates can follow).
import _sha3

data = bytes(range(256)) + b"The quick brown fox" * 3
for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128",
             "shake_256"]:
    T = getattr(_sha3, name)
    whole = T(data).hexdigest(40) if name.startswith("shake") else \
        T(data).hexdigest()
    for step in [1, 7, 64, 135, 137, 200]:
        h = T()
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        got = h.hexdigest(40) if name.startswith("shake") else h.hexdigest()
        assert got == whole, (name, step)
    h = T(b"abc")
    c = h.copy()
    h.update(b"def")
    if name.startswith("shake"):
        print(name, whole[:32], c.hexdigest(8), h.hexdigest(8),
              c.hexdigest(8) == T(b"abc").hexdigest(8))
    else:
        d1 = h.digest()
        h.update(b"")
        print(name, whole[:32], c.hexdigest()[:16], h.hexdigest()[:16],
              c.digest() == T(b"abc").digest(), h.digest() == d1,
              h.digest() == T(b"abcdef").digest())
    print(type(c).__name__, c.name, c is not h)
