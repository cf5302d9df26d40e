"""The `_sha1` module: SHA-1 (FIPS 180-4), what hashlib.sha1 uses when
there is no OpenSSL module.  The computation is rpython.rlib.rsha's; the
hash objects are hashbase.W_Hash."""

from rpython.rlib.rsha import RSHA

from fastpy.modules.hashbase import (HashEngine, HashKind, install_kind,
                                     new_hash)
from fastpy.modules.moduledef import ModuleDef

module = ModuleDef('_sha1')

SHA1 = HashKind('sha1', '_sha1', 20, 64)


class Sha1Engine(HashEngine):
    _attrs_ = ['state']

    def __init__(self, state):
        self.state = state

    def update(self, data):
        self.state.update(data)

    def digest(self):
        return self.state.digest()

    def copy(self):
        return Sha1Engine(self.state.copy())


@module.function('sha1(string=NULL, *, usedforsecurity=True)',
                 doc='Return a new SHA1 hash object; optionally initialized '
                 'with a string.')
def sha1_new(w_string, w_usedforsecurity):
    return new_hash(SHA1, Sha1Engine(RSHA()), w_string)


install_kind(SHA1)


@module.initializer
def init_sha1(w_dict):
    w_dict.setitem_str('SHA1Type', SHA1.w_type)
