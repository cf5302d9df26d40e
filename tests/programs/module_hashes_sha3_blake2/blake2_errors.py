# _blake2: every constructor error of blake2b and blake2s (conversions, then
# the range checks in CPython's order), update and method argument errors.
import _blake2

def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", r)

class Index:
    def __index__(self):
        return 3

for T in [_blake2.blake2b, _blake2.blake2s]:
    print(T.__name__)
    for kw in [dict(digest_size=0), dict(digest_size=65),
               dict(digest_size=33), dict(digest_size=-1),
               dict(digest_size=2 ** 31), dict(digest_size=2 ** 70),
               dict(digest_size=-2 ** 70),
               dict(digest_size=1.5), dict(digest_size="1"),
               dict(digest_size=None), dict(digest_size=Index()),
               dict(digest_size=True),
               dict(key=b"x" * 65), dict(key=b"x" * 33), dict(key="x"),
               dict(key=1), dict(key=None), dict(key=memoryview(b"abcd")[::2]),
               dict(salt=b"x" * 17), dict(salt=b"x" * 9), dict(salt="x"),
               dict(salt=None),
               dict(person=b"x" * 17), dict(person=b"x" * 9),
               dict(person="x"), dict(person=[]),
               dict(fanout=-1), dict(fanout=256), dict(fanout=1.0),
               dict(fanout=2 ** 70), dict(fanout=Index()),
               dict(depth=0), dict(depth=256), dict(depth=-1),
               dict(depth=1.0),
               dict(leaf_size=-1), dict(leaf_size=2 ** 32),
               dict(leaf_size=2 ** 64), dict(leaf_size=-2 ** 64),
               dict(leaf_size=1.0), dict(leaf_size=Index()),
               dict(leaf_size="a"),
               dict(node_offset=-1), dict(node_offset=2 ** 48),
               dict(node_offset=2 ** 64 - 1), dict(node_offset=2 ** 64),
               dict(node_offset=1.0), dict(node_offset=Index()),
               dict(node_depth=-1), dict(node_depth=256),
               dict(node_depth=1.5),
               dict(inner_size=-1), dict(inner_size=65),
               dict(inner_size=33), dict(inner_size=1.5),
               dict(data=b"x"), dict(string=b"x"), dict(foo=1),
               # conversions first, in parameter order, then the checks
               dict(digest_size=0, key=b"x" * 100),
               dict(key=b"x" * 100, salt=b"x" * 100),
               dict(fanout=-1, salt=b"x" * 100),
               dict(depth=0, digest_size=1.5),
               dict(inner_size=-1, key=b"x" * 100),
               dict(node_depth=-1, leaf_size=2 ** 33),
               dict(leaf_size=2 ** 33, node_offset=-1),
               dict(person=b"x" * 100, salt="s")]:
        print(sorted(kw), end=" ")
        attempt(lambda: T(**kw).hexdigest()[:16])
    attempt(lambda: T("abc"))
    attempt(lambda: T("abc", digest_size=0))
    attempt(lambda: T(1))
    attempt(lambda: T(None))
    attempt(lambda: T(b"a", 1))
    attempt(lambda: T(b"a", b"b", digest_size=1))
    attempt(lambda: T(b"abc", usedforsecurity=False).hexdigest()[:16])
    h = T()
    attempt(lambda: h.update("x"))
    attempt(lambda: h.update())
    attempt(lambda: h.update(None))
    attempt(lambda: h.update(b"a", b"b"))
    attempt(lambda: h.digest(1))
    attempt(lambda: h.hexdigest(1))
    attempt(lambda: h.copy(1))
    attempt(lambda: T.update(1, b""))
    attempt(lambda: T.digest(b""))
