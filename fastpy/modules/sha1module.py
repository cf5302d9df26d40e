"""The `_sha1` module: SHA-1 (FIPS 180-4), what hashlib.sha1 uses when
there is no OpenSSL module.  The computation is rpython.rlib.rsha's; the
hash objects are hashbase.rlib_hash's."""

from rpython.rlib.rsha import RSHA

from fastpy.modules.hashbase import HashKind, rlib_hash
from fastpy.modules.moduledef import ModuleDef

module = ModuleDef('_sha1')

SHA1 = HashKind('sha1', '_sha1', 20, 64)
rlib_hash(module, SHA1, 'SHA1', RSHA, 'SHA1Type')
