"""The `_sha256` module: SHA-256 and SHA-224 (FIPS 180-4), what hashlib
uses when there is no OpenSSL module.  The hash objects are
sha512module's SHA-2 ones on 32-bit words (kept in r_ulonglong,
masked)."""

from rpython.rlib.rarithmetic import r_ulonglong

from fastpy.modules.hashbase import HashKind, publish_types
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.sha512module import IV384, IV512, sha2_hashes

module = ModuleDef('_sha256')

SHA256 = HashKind('sha256', '_sha256', 32, 64, True)
SHA224 = HashKind('sha224', '_sha256', 28, 64, True)

# The SHA-512 initial values are 64 bits of the same roots whose first 32
# bits SHA-256 uses (square roots of the first 8 primes), and SHA-224's
# initial values are the low halves of SHA-384's.
IV256 = [v >> 32 for v in IV512]
IV224 = [v & r_ulonglong(0xffffffff) for v in IV384]

sha2_hashes(module, 4, 64, (7, 18, 3, 17, 19, 10, 6, 11, 25, 2, 13, 22),
            [(SHA256, 'SHA-256', IV256), (SHA224, 'SHA-224', IV224)])
publish_types(module, [('SHA224Type', SHA224), ('SHA256Type', SHA256)])
