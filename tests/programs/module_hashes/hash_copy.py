# copy() takes the state so far; the copy and the original then go their
# own ways
import _md5, _sha1, _sha256, _sha512
for new in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256,
            _sha512.sha512]:
    h = new(b"x" * 70)
    c = h.copy()
    print(type(c) is type(h), c is not h, c.hexdigest() == h.hexdigest())
    h.update(b"one")
    c.update(b"two")
    print(h.hexdigest() == new(b"x" * 70 + b"one").hexdigest(),
          c.hexdigest() == new(b"x" * 70 + b"two").hexdigest())
    c2 = c.copy()
    c2.update(b"three")
    print(c.hexdigest()[:12], c2.hexdigest()[:12])
