# what the constructors and update() accept: bytes-like objects (bytes,
# bytearray, memoryview, array), the string= keyword, usedforsecurity=
import _md5, _sha1, _sha256, array
for new in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256]:
    ref = new(b"abcd").hexdigest()
    print(new(string=b"abcd").hexdigest() == ref,
          new(bytearray(b"abcd")).hexdigest() == ref,
          new(memoryview(b"abcd")).hexdigest() == ref,
          new(memoryview(b"xabcdx")[1:5]).hexdigest() == ref,
          new(b"abcd", usedforsecurity=False).hexdigest() == ref,
          new(usedforsecurity=True).hexdigest() == new(b"").hexdigest())
    print(new(array.array('i', [1, 2])).hexdigest()[:16],
          new(memoryview(b"abcd")[1:2:2]).hexdigest()[:16])
    h = new()
    h.update(bytearray(b"ab"))
    h.update(memoryview(b"cd"))
    print(h.hexdigest() == ref)
