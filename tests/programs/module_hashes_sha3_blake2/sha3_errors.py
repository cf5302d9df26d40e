# _sha3: constructor, update and digest argument errors with CPython's
# messages; every buffer is accepted (bytearray, memoryview, array).
import _sha3
import array

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

for name in ["sha3_256", "shake_128"]:
    T = getattr(_sha3, name)
    out = (lambda h: h.hexdigest(8)) if name.startswith("shake") else \
        (lambda h: h.hexdigest()[:16])
    attempt(lambda: out(T(b"abc")))
    attempt(lambda: out(T(bytearray(b"abc"))))
    attempt(lambda: out(T(memoryview(b"abc"))))
    attempt(lambda: out(T(memoryview(b"xabcx")[1:4])))
    attempt(lambda: out(T(array.array("B", b"abc"))))
    attempt(lambda: out(T(array.array("i", [1, 2]))))
    attempt(lambda: T(memoryview(b"abcd")[::2]))
    attempt(lambda: T("abc"))
    attempt(lambda: T(1))
    attempt(lambda: T(None))
    attempt(lambda: T(b"a", b"b"))
    attempt(lambda: T(data=b"a"))
    attempt(lambda: T(string=b"a"))
    attempt(lambda: T(b"a", foo=1))
    attempt(lambda: out(T(b"abc", usedforsecurity=False)))
    attempt(lambda: out(T(usedforsecurity=[])))
    h = T()
    attempt(lambda: h.update("x"))
    attempt(lambda: h.update())
    attempt(lambda: h.update(None))
    attempt(lambda: h.update(b"a", b"b"))
    attempt(lambda: h.update(data=b"a"))
    attempt(lambda: h.copy(1))
    attempt(lambda: T.update(1, b""))
    attempt(lambda: T.digest(b""))
    attempt(lambda: T.copy(bytearray()))
    attempt(lambda: T.hexdigest(None))

for name in ["sha3_224", "sha3_512"]:
    h = getattr(_sha3, name)()
    attempt(lambda: h.digest(1))
    attempt(lambda: h.hexdigest(1))

for name in ["shake_128", "shake_256"]:
    h = getattr(_sha3, name)(b"abc")
    attempt(lambda: h.digest())
    attempt(lambda: h.hexdigest())
    attempt(lambda: h.digest(-1))
    attempt(lambda: h.hexdigest(-5))
    attempt(lambda: h.digest(2 ** 29))
    attempt(lambda: h.digest(2 ** 40))
    attempt(lambda: h.digest(2 ** 64))
    attempt(lambda: h.digest(-2 ** 64))
    attempt(lambda: h.digest(1.0))
    attempt(lambda: h.digest("1"))
    attempt(lambda: h.digest(Index()))
    attempt(lambda: h.digest(length=3))
    attempt(lambda: h.hexdigest(length=3))
    attempt(lambda: h.digest(1, 2))
    attempt(lambda: h.digest(False))
