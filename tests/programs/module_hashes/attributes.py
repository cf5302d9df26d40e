# name, digest_size, block_size of each hash type; the types under their
# CPython names (MD5Type ...); read-only attributes; digest() is bytes
import _md5, _sha1, _sha256, _sha512
print(_md5.MD5Type, _sha1.SHA1Type, _sha256.SHA224Type, _sha256.SHA256Type,
      _sha512.SHA384Type)
print(_md5.md5, _sha256.sha224, _sha1.sha1.__module__)
print(_md5.md5.__doc__)
print(_sha256.sha256.__doc__)
for new in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256,
            _sha512.sha384, _sha512.sha512]:
    h = new()
    d = h.digest()
    print(type(h), h.name, h.digest_size, h.block_size, type(d), len(d),
          len(h.hexdigest()))
    for attr in ['name', 'digest_size', 'block_size']:
        try:
            setattr(h, attr, 1)
        except AttributeError as e:
            print(' ', e)
print(sorted(n for n in dir(_md5.md5()) if not n.startswith('_')))
print(_md5.MD5Type.update.__doc__)
print(_sha256.SHA256Type.hexdigest.__doc__)
