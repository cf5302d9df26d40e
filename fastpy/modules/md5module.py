"""The `_md5` module: MD5 (RFC 1321), what hashlib.md5 uses when there is
no OpenSSL module.  The computation is rpython.rlib.rmd5's; the hash
objects are hashbase.rlib_hash's."""

from rpython.rlib.rmd5 import RMD5

from fastpy.modules.hashbase import HashKind, rlib_hash
from fastpy.modules.moduledef import ModuleDef

module = ModuleDef('_md5')

MD5 = HashKind('md5', '_md5', 16, 64)
rlib_hash(module, MD5, 'MD5', RMD5, 'MD5Type')
