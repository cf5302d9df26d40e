# the hash types: not callable (instances come from the module functions),
# not subclassable; their methods check the type of self
import _md5, _sha1, _sha256, _sha512
for w_type in [_md5.MD5Type, _sha1.SHA1Type, _sha256.SHA224Type,
               _sha256.SHA256Type, _sha512.SHA384Type]:
    try:
        w_type()
    except TypeError as e:
        print(e)
    try:
        w_type(b"abc")
    except TypeError as e:
        print(e)
    try:
        class Sub(w_type):
            pass
    except TypeError as e:
        print(e)
    try:
        w_type.update(1, b"")
    except TypeError as e:
        print(e)
    try:
        w_type.hexdigest("x")
    except TypeError as e:
        print(e)
print(_md5.MD5Type.digest(_md5.md5(b"a")) == _md5.md5(b"a").digest())
print(type(_sha256.sha224()) is _sha256.SHA224Type,
      type(_sha256.sha256()) is _sha256.SHA256Type,
      type(_sha256.sha224()) is type(_sha256.sha256()))
print(isinstance(_sha1.sha1(), _sha1.SHA1Type), _sha1.SHA1Type.__name__,
      _sha1.SHA1Type.__module__, _sha1.SHA1Type.__qualname__)
