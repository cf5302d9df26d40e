"""The `_md5` module: MD5 (RFC 1321), what hashlib.md5 uses when there is
no OpenSSL module.  The computation is rpython.rlib.rmd5's; the hash
objects are hashbase.W_Hash."""

from rpython.rlib.rmd5 import RMD5

from fastpy.modules.hashbase import (HashEngine, HashKind, install_kind,
                                     new_hash)
from fastpy.modules.moduledef import ModuleDef

module = ModuleDef('_md5')

MD5 = HashKind('md5', '_md5', 16, 64)


class Md5Engine(HashEngine):
    _attrs_ = ['state']

    def __init__(self, state):
        self.state = state

    def update(self, data):
        self.state.update(data)

    def digest(self):
        return self.state.digest()

    def copy(self):
        return Md5Engine(self.state.copy())


@module.function('md5(string=NULL, *, usedforsecurity=True)',
                 doc='Return a new MD5 hash object; optionally initialized '
                 'with a string.')
def md5_new(w_string, w_usedforsecurity):
    return new_hash(MD5, Md5Engine(RMD5()), w_string)


install_kind(MD5)


@module.initializer
def init_md5(w_dict):
    w_dict.setitem_str('MD5Type', MD5.w_type)
