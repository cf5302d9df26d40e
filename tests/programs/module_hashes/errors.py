# TypeErrors of the constructors and of update(): str (must be encoded),
# non-buffers, argument counts and names; non-contiguous memoryviews
import _md5, _sha1, _sha256, _sha512


def show(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ':', e)


released = memoryview(b"x")
released.release()
for new in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256,
            _sha512.sha512]:
    show(new, "text")
    show(new, 1)
    show(new, None)
    show(new, [1])
    show(new, data=b"x")
    show(new, b"a", b"b")
    show(new, b"a", b"b", b"c")
    show(new, b"a", string=b"b")
    show(new, memoryview(b"abcd")[::2])
    show(new, memoryview(b"abcd")[::-1])
    show(new, released)
    h = new()
    show(h.update)
    show(h.update, "text")
    show(h.update, 3.5)
    show(h.update, b"a", b"b")
    show(h.update, obj=b"a")
    show(h.digest, 1)
    show(h.copy, 1)
