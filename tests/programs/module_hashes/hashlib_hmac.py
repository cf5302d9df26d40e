# hashlib.md5/sha1/sha224/sha256, hashlib.new and hmac computed by the
# builtin hash modules (fastpy has no OpenSSL _hashlib)
import hashlib, hmac
for name in ['md5', 'sha1', 'sha224', 'sha256']:
    h = getattr(hashlib, name)(b'abc')
    g = hashlib.new(name, b'ab')
    g.update(b'c')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(),
          g.hexdigest() == h.hexdigest())
print(hashlib.new('SHA256', b'x').hexdigest()[:16], hashlib.sha256(
    b'x', usedforsecurity=False).hexdigest()[:16])
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog',
               'sha256').hexdigest())
print(hmac.new(b'key', b'msg', hashlib.sha1).hexdigest())
print(hmac.digest(b'key', b'msg', 'md5').hex())
h = hmac.new(b'k' * 100, digestmod='sha224')
h.update(b'x')
h2 = h.copy()
h2.update(b'y')
print(h.hexdigest(), h2.hexdigest(), h.name, h.digest_size, h.block_size)
print(hmac.compare_digest(h.digest(), h.copy().digest()),
      hmac.compare_digest(h.hexdigest(), h2.hexdigest()))
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha224',
                                               'sha256'}))
