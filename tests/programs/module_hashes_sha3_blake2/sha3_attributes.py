# _sha3: the module's names, the six types (module, docs, not subclassable)
# and their attributes name, digest_size, block_size, _capacity_bits ...
import _sha3

print([n for n in dir(_sha3) if not n.startswith("__")])
print(_sha3.implementation, _sha3.keccakopt)
for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128",
             "shake_256"]:
    T = getattr(_sha3, name)
    h = T()
    print(T, type(h) is T, T.__module__, T.__name__, T.__qualname__)
    print(h.name, h.digest_size, h.block_size, h._capacity_bits,
          h._rate_bits, h._suffix)
    print(repr(T.__doc__))
    print(sorted(n for n in dir(h) if not n.startswith("__")))
    print(T.name, T.__mro__)
    for attr in ["name", "digest_size", "block_size", "_suffix"]:
        try:
            setattr(h, attr, 1)
        except AttributeError as e:
            print(attr, type(e).__name__)
    try:
        h.foo = 1
    except AttributeError as e:
        print("foo", type(e).__name__)
    try:
        class X(T):
            pass
    except TypeError as e:
        print(e)
    print(repr(h).startswith("<_sha3.%s object at 0x" % name))
