# _blake2: updates in pieces give the one-shot digest (keyed too), copy()
# keeps the parameters and is independent, digest() can be repeated.
import _blake2

data = bytes(range(256)) + b"pack my box with five dozen liquor jugs" * 2
for T in [_blake2.blake2b, _blake2.blake2s]:
    for kw in [{}, dict(key=b"secret", digest_size=24, salt=b"na"),
               dict(person=b"app", last_node=True)]:
        whole = T(data, **kw).hexdigest()
        for step in [1, 5, 63, 64, 65, 128, 129, 300]:
            h = T(**kw)
            for i in range(0, len(data), step):
                h.update(data[i:i + step])
            assert h.hexdigest() == whole, (T.__name__, kw, step)
        print(T.__name__, sorted(kw), whole[:32])
    h = T(b"abc", digest_size=20, key=b"k")
    c = h.copy()
    h.update(b"def")
    print(type(c).__name__, c.digest_size, c.name, c is not h)
    print(c.hexdigest() == T(b"abc", digest_size=20, key=b"k").hexdigest(),
          h.hexdigest() == T(b"abcdef", digest_size=20, key=b"k").hexdigest())
    print(h.digest() == h.digest(), c.hexdigest())
    h.update(b"")
    print(h.hexdigest() == T(b"abcdef", digest_size=20, key=b"k").hexdigest())
    e = T()
    e.update(b"")
    print(e.hexdigest() == T(b"").hexdigest())
