"""The `_sha256` module: SHA-256 and SHA-224 (FIPS 180-4), what hashlib
uses when there is no OpenSSL module.  The hash objects are
hashbase.W_Hash; the 32-bit words are kept in r_ulonglong, masked."""

from rpython.rlib.rarithmetic import r_ulonglong

from fastpy.modules.hashbase import (BlockEngine, HashKind, install_kind,
                                     new_hash)
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules import sha512module

module = ModuleDef('_sha256')

SHA256 = HashKind('sha256', '_sha256', 32, 64, True)
SHA224 = HashKind('sha224', '_sha256', 28, 64, True)

MASK32 = r_ulonglong(0xffffffff)

# The SHA-512 constants are 64 bits of the same roots whose first 32 bits
# SHA-256 uses (cube roots of the first 64 primes; square roots of the
# first 8 primes), and SHA-224's initial values are the low halves of
# SHA-384's.
K = [k >> 32 for k in sha512module.K[:64]]
IV256 = [v >> 32 for v in sha512module.IV512]
IV224 = [v & MASK32 for v in sha512module.IV384]


def _rotr(x, n):
    return ((x >> n) | (x << (32 - n))) & MASK32


class Sha256Engine(BlockEngine):
    block_size = 64
    word_bytes = 4
    digest_size = 32

    def new_empty(self):
        return Sha256Engine(IV256)

    def compress(self, data, start):
        w = [r_ulonglong(0)] * 64
        for t in range(16):
            p = start + 4 * t
            w[t] = ((r_ulonglong(ord(data[p])) << 24) |
                    (r_ulonglong(ord(data[p + 1])) << 16) |
                    (r_ulonglong(ord(data[p + 2])) << 8) |
                    r_ulonglong(ord(data[p + 3])))
        for t in range(16, 64):
            x = w[t - 15]
            s0 = _rotr(x, 7) ^ _rotr(x, 18) ^ (x >> 3)
            y = w[t - 2]
            s1 = _rotr(y, 17) ^ _rotr(y, 19) ^ (y >> 10)
            w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & MASK32
        st = self.words
        a, b, c, d, e, f, g, h = (st[0], st[1], st[2], st[3], st[4], st[5],
                                  st[6], st[7])
        for t in range(64):
            s1 = _rotr(e, 6) ^ _rotr(e, 11) ^ _rotr(e, 25)
            ch = (e & f) ^ (~e & g & MASK32)
            t1 = (h + s1 + ch + K[t] + w[t]) & MASK32
            s0 = _rotr(a, 2) ^ _rotr(a, 13) ^ _rotr(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = s0 + maj
            h = g
            g = f
            f = e
            e = (d + t1) & MASK32
            d = c
            c = b
            b = a
            a = (t1 + t2) & MASK32
        st[0] = (st[0] + a) & MASK32
        st[1] = (st[1] + b) & MASK32
        st[2] = (st[2] + c) & MASK32
        st[3] = (st[3] + d) & MASK32
        st[4] = (st[4] + e) & MASK32
        st[5] = (st[5] + f) & MASK32
        st[6] = (st[6] + g) & MASK32
        st[7] = (st[7] + h) & MASK32


class Sha224Engine(Sha256Engine):
    digest_size = 28

    def new_empty(self):
        return Sha224Engine(IV224)


@module.function('sha256(string=NULL, *, usedforsecurity=True)',
                 doc='Return a new SHA-256 hash object; optionally '
                 'initialized with a string.')
def sha256_new(w_string, w_usedforsecurity):
    return new_hash(SHA256, Sha256Engine(IV256), w_string)


@module.function('sha224(string=NULL, *, usedforsecurity=True)',
                 doc='Return a new SHA-224 hash object; optionally '
                 'initialized with a string.')
def sha224_new(w_string, w_usedforsecurity):
    return new_hash(SHA224, Sha224Engine(IV224), w_string)


install_kind(SHA224)
install_kind(SHA256)


@module.initializer
def init_sha256(w_dict):
    w_dict.setitem_str('SHA224Type', SHA224.w_type)
    w_dict.setitem_str('SHA256Type', SHA256.w_type)
