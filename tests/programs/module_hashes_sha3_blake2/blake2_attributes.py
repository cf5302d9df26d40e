# _blake2: module constants, the two types (module, doc, class constants,
# not subclassable) and the attributes of their objects.
import _blake2

print([n for n in dir(_blake2) if not n.startswith("__")])
for n in dir(_blake2):
    if n.isupper():
        print(n, getattr(_blake2, n))
for T in [_blake2.blake2b, _blake2.blake2s]:
    h = T()
    print(T, type(h) is T, T.__module__, T.__name__, repr(T.__doc__))
    print(T.SALT_SIZE, T.PERSON_SIZE, T.MAX_KEY_SIZE, T.MAX_DIGEST_SIZE,
          h.SALT_SIZE, h.MAX_DIGEST_SIZE)
    print(h.name, h.digest_size, h.block_size,
          T(digest_size=7).digest_size)
    print(sorted(n for n in dir(h) if not n.startswith("__")))
    for attr in ["name", "digest_size", "block_size"]:
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
    print(repr(h).startswith("<_blake2.%s object at 0x" % T.__name__))
