# hashlib's SHA-3, SHAKE and BLAKE2 constructors (from _sha3 and _blake2):
# hashlib.sha3_256, blake2b, new(), file_digest, algorithms_available.
import logging
logging.disable(logging.ERROR)  # hashlib's report of other missing modules
import hashlib
import io

print(hashlib.sha3_256(b"abc").hexdigest())
print(hashlib.sha3_224().name, hashlib.sha3_384(b"x").digest_size,
      hashlib.sha3_512(b"x", usedforsecurity=False).hexdigest()[:16])
print(hashlib.shake_128(b"abc").hexdigest(20),
      hashlib.shake_256(b"abc").digest(5))
print(hashlib.blake2b(b"abc").hexdigest())
print(hashlib.blake2s(b"abc", digest_size=16, key=b"k").hexdigest())
for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128",
             "shake_256", "blake2b", "blake2s"]:
    assert name in hashlib.algorithms_available
    assert name in hashlib.algorithms_guaranteed
    h = hashlib.new(name, b"data")
    h2 = hashlib.new(name)
    h2.update(b"da")
    h2.update(b"ta")
    if name.startswith("shake"):
        print(name, h.name, h.hexdigest(16), h2.hexdigest(16))
    else:
        print(name, h.name, h.digest_size, h.hexdigest()[:32],
              h.hexdigest() == h2.hexdigest())
print(hashlib.new("sha3_512").hexdigest()[:32])
print(hashlib.new("blake2b", b"abc", digest_size=10).hexdigest())
data = b"hello world\n" * 100
print(hashlib.file_digest(io.BytesIO(data), "sha3_256").hexdigest())
print(hashlib.file_digest(io.BytesIO(data), hashlib.blake2s).hexdigest())
print(hashlib.file_digest(io.BytesIO(data),
                          lambda: hashlib.blake2b(digest_size=8)).hexdigest())
try:
    hashlib.new("sha3_256", "text")
except TypeError as e:
    print(e)
# without OpenSSL, pbkdf2_hmac is hashlib's deprecated Python version
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
print(hashlib.pbkdf2_hmac("sha3_256", b"password", b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("blake2s", b"password", b"salt", 3, 20).hex())
