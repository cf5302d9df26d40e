"""The `_sha512` module: SHA-512 and SHA-384 (FIPS 180-4), the hashes
random.py (string seeds) and hashlib need when there is no OpenSSL
module.  The hash objects are hashbase.W_Hash."""

from rpython.rlib.rarithmetic import r_ulonglong, intmask

from fastpy.modules.hashbase import (BlockEngine, HashKind, install_kind,
                                     new_hash)
from fastpy.modules.moduledef import ModuleDef

module = ModuleDef('_sha512')

SHA512 = HashKind('sha512', '_sha512', 64, 128, True)
SHA384 = HashKind('sha384', '_sha512', 48, 128, True)

_K_HEX = [
    '428a2f98d728ae22', '7137449123ef65cd', 'b5c0fbcfec4d3b2f',
    'e9b5dba58189dbbc', '3956c25bf348b538', '59f111f1b605d019',
    '923f82a4af194f9b', 'ab1c5ed5da6d8118', 'd807aa98a3030242',
    '12835b0145706fbe', '243185be4ee4b28c', '550c7dc3d5ffb4e2',
    '72be5d74f27b896f', '80deb1fe3b1696b1', '9bdc06a725c71235',
    'c19bf174cf692694', 'e49b69c19ef14ad2', 'efbe4786384f25e3',
    '0fc19dc68b8cd5b5', '240ca1cc77ac9c65', '2de92c6f592b0275',
    '4a7484aa6ea6e483', '5cb0a9dcbd41fbd4', '76f988da831153b5',
    '983e5152ee66dfab', 'a831c66d2db43210', 'b00327c898fb213f',
    'bf597fc7beef0ee4', 'c6e00bf33da88fc2', 'd5a79147930aa725',
    '06ca6351e003826f', '142929670a0e6e70', '27b70a8546d22ffc',
    '2e1b21385c26c926', '4d2c6dfc5ac42aed', '53380d139d95b3df',
    '650a73548baf63de', '766a0abb3c77b2a8', '81c2c92e47edaee6',
    '92722c851482353b', 'a2bfe8a14cf10364', 'a81a664bbc423001',
    'c24b8b70d0f89791', 'c76c51a30654be30', 'd192e819d6ef5218',
    'd69906245565a910', 'f40e35855771202a', '106aa07032bbd1b8',
    '19a4c116b8d2d0c8', '1e376c085141ab53', '2748774cdf8eeb99',
    '34b0bcb5e19b48a8', '391c0cb3c5c95a63', '4ed8aa4ae3418acb',
    '5b9cca4f7763e373', '682e6ff3d6b2b8a3', '748f82ee5defb2fc',
    '78a5636f43172f60', '84c87814a1f0ab72', '8cc702081a6439ec',
    '90befffa23631e28', 'a4506cebde82bde9', 'bef9a3f7b2c67915',
    'c67178f2e372532b', 'ca273eceea26619c', 'd186b8c721c0c207',
    'eada7dd6cde0eb1e', 'f57d4f7fee6ed178', '06f067aa72176fba',
    '0a637dc5a2c898a6', '113f9804bef90dae', '1b710b35131c471b',
    '28db77f523047d84', '32caab7b40c72493', '3c9ebe0a15c9bebc',
    '431d67c49c100d4c', '4cc5d4becb3e42b6', '597f299cfc657e2a',
    '5fcb6fab3ad6faec', '6c44198c4a475817']
K = [r_ulonglong(int(h, 16)) for h in _K_HEX]

IV512 = [r_ulonglong(int(h, 16)) for h in [
    '6a09e667f3bcc908', 'bb67ae8584caa73b', '3c6ef372fe94f82b',
    'a54ff53a5f1d36f1', '510e527fade682d1', '9b05688c2b3e6c1f',
    '1f83d9abfb41bd6b', '5be0cd19137e2179']]
IV384 = [r_ulonglong(int(h, 16)) for h in [
    'cbbb9d5dc1059ed8', '629a292a367cd507', '9159015a3070dd17',
    '152fecd8f70e5939', '67332667ffc00b31', '8eb44a8768581511',
    'db0c2e0d64f98fa7', '47b5481dbefa4fa4']]


def _rotr(x, n):
    return (x >> n) | (x << (64 - n))


class Sha512Engine(BlockEngine):
    block_size = 128
    word_bytes = 8
    digest_size = 64

    def new_empty(self):
        return Sha512Engine(IV512)

    def compress(self, data, start):
        w = [r_ulonglong(0)] * 80
        for t in range(16):
            v = r_ulonglong(0)
            for k in range(8):
                v = (v << 8) | r_ulonglong(ord(data[start + 8 * t + k]))
            w[t] = v
        for t in range(16, 80):
            s0 = _rotr(w[t - 15], 1) ^ _rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
            s1 = _rotr(w[t - 2], 19) ^ _rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
            w[t] = w[t - 16] + s0 + w[t - 7] + s1
        st = self.words
        a, b, c, d, e, f, g, h = (st[0], st[1], st[2], st[3], st[4], st[5],
                                  st[6], st[7])
        for t in range(80):
            s1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = h + s1 + ch + K[t] + w[t]
            s0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = s0 + maj
            h = g
            g = f
            f = e
            e = d + t1
            d = c
            c = b
            b = a
            a = t1 + t2
        st[0] += a
        st[1] += b
        st[2] += c
        st[3] += d
        st[4] += e
        st[5] += f
        st[6] += g
        st[7] += h


class Sha384Engine(Sha512Engine):
    digest_size = 48

    def new_empty(self):
        return Sha384Engine(IV384)


@module.function('sha512(string=NULL, *, usedforsecurity=True)',
                 doc='Return a new SHA-512 hash object; optionally '
                 'initialized with a string.')
def sha512_new(w_string, w_usedforsecurity):
    return new_hash(SHA512, Sha512Engine(IV512), w_string)


@module.function('sha384(string=NULL, *, usedforsecurity=True)',
                 doc='Return a new SHA-384 hash object; optionally '
                 'initialized with a string.')
def sha384_new(w_string, w_usedforsecurity):
    return new_hash(SHA384, Sha384Engine(IV384), w_string)


install_kind(SHA512)
install_kind(SHA384)


@module.initializer
def init_sha512(w_dict):
    # CPython 3.11 publishes only this name, bound to the sha512 type
    w_dict.setitem_str('SHA384Type', SHA512.w_type)
