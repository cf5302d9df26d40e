# update() in pieces of every size gives the one-shot digest; digest()
# does not end the computation (more updates may follow)
import _md5, _sha1, _sha256, _sha512
data = bytes(range(256)) * 4 + b"tail"
for new in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256,
            _sha512.sha384, _sha512.sha512]:
    whole = new(data).digest()
    same = []
    for size in [1, 3, 63, 64, 65, 127, 128, 200, 1500]:
        h = new()
        for i in range(0, len(data), size):
            h.update(data[i:i + size])
        same.append(h.digest() == whole)
    h = new(data[:100])
    first = h.digest()
    print(h.digest() == first, h.hexdigest() == first.hex())
    h.update(data[100:])
    print(new.__name__, all(same), h.digest() == whole, h.hexdigest()[:16])
