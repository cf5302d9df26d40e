"""The `_sha512` module: SHA-512 and SHA-384 (FIPS 180-4), the hashes
random.py (string seeds) and hashlib need when there is no OpenSSL
module.

It also holds what the SHA-2 family shares with _sha256: `W_Sha2Hash`
(block buffering and padding) and `sha2_hashes`, which declares a
module's SHA-2 hashes on one word size."""

from rpython.rlib.rarithmetic import r_ulonglong, intmask

from fastpy.modules.hashbase import (HashKind, W_HashObject, install_kind,
                                     hash_function, publish_types)
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


class W_Sha2Hash(W_HashObject):
    """A Merkle-Damgard hash on big-endian words (SHA-2): whole blocks go
    to `compress`; the tail waits in `buf`.  The state is `words`
    (r_ulonglong, each of `word_bytes` bytes); sha2_hashes's classes set
    `word_bytes`, `new_empty` and `compress`."""
    _attrs_ = ['words', 'buf', 'length']
    word_bytes = 4

    def __init__(self, kind, iv):
        W_HashObject.__init__(self, kind)
        self.words = list(iv)
        self.buf = ''
        self.length = 0       # bytes hashed so far

    def new_empty(self):
        raise NotImplementedError

    def compress(self, data, start):
        raise NotImplementedError

    def copy(self):
        other = self.new_empty()
        assert isinstance(other, W_Sha2Hash)
        other.words = list(self.words)
        other.buf = self.buf
        other.length = self.length
        return other

    def update(self, data):
        self.length += len(data)
        size = self.kind.block_size
        buf = self.buf + data if self.buf else data
        i = 0
        while i + size <= len(buf):
            self.compress(buf, i)
            i += size
        self.buf = buf[i:]

    def digest(self):
        size = self.kind.block_size
        field = size // 8             # bytes of the bit-length field
        tail = self.copy()
        assert isinstance(tail, W_Sha2Hash)
        zeros = (size - field - 1 - self.length) % size
        bitlen = r_ulonglong(self.length) << 3
        out = ['\x80', '\x00' * (zeros + field - 8)]
        for k in range(8):
            out.append(chr(intmask((bitlen >> (56 - 8 * k)) &
                                   r_ulonglong(0xff))))
        tail.update(''.join(out))
        assert tail.buf == ''
        result = []
        nbytes = self.word_bytes
        for w in tail.words:
            for k in range(nbytes):
                shift = 8 * (nbytes - 1 - k)
                result.append(chr(intmask((w >> shift) &
                                          r_ulonglong(0xff))))
        return ''.join(result)[:self.kind.digest_size]


def _rotr(x, n, bits, mask):
    return ((x >> n) | (x << (bits - n))) & mask


def make_compress(word_bytes, rounds, rotations):
    """compress(words, data, start): one block of a SHA-2 hash on words
    of word_bytes bytes, kept in r_ulonglong and masked to their width.
    rotations: the amounts of sigma0 and sigma1 (two rotations and a
    shift each), then of Sigma1 and Sigma0 (three rotations each).  The
    round constants are the first 32 or 64 bits of SHA-512's."""
    bits = 8 * word_bytes
    mask = r_ulonglong((1 << bits) - 1)
    consts = [k >> (64 - bits) for k in K[:rounds]]
    (r0, r1, r2, r3, r4, r5,
     q0, q1, q2, q3, q4, q5) = rotations

    def compress(st, data, start):
        w = [r_ulonglong(0)] * rounds
        for t in range(16):
            v = r_ulonglong(0)
            for k in range(word_bytes):
                v = (v << 8) | r_ulonglong(ord(data[start + word_bytes * t +
                                                    k]))
            w[t] = v
        for t in range(16, rounds):
            x = w[t - 15]
            s0 = _rotr(x, r0, bits, mask) ^ _rotr(x, r1, bits, mask) ^ (
                x >> r2)
            y = w[t - 2]
            s1 = _rotr(y, r3, bits, mask) ^ _rotr(y, r4, bits, mask) ^ (
                y >> r5)
            w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & mask
        a, b, c, d, e, f, g, h = (st[0], st[1], st[2], st[3], st[4], st[5],
                                  st[6], st[7])
        for t in range(rounds):
            s1 = (_rotr(e, q0, bits, mask) ^ _rotr(e, q1, bits, mask) ^
                  _rotr(e, q2, bits, mask))
            ch = (e & f) ^ (~e & g)
            t1 = (h + s1 + ch + consts[t] + w[t]) & mask
            s0 = (_rotr(a, q3, bits, mask) ^ _rotr(a, q4, bits, mask) ^
                  _rotr(a, q5, bits, mask))
            maj = (a & b) ^ (a & c) ^ (b & c)
            h = g
            g = f
            f = e
            e = (d + t1) & mask
            d = c
            c = b
            b = a
            a = (t1 + s0 + maj) & mask
        st[0] = (st[0] + a) & mask
        st[1] = (st[1] + b) & mask
        st[2] = (st[2] + c) & mask
        st[3] = (st[3] + d) & mask
        st[4] = (st[4] + e) & mask
        st[5] = (st[5] + f) & mask
        st[6] = (st[6] + g) & mask
        st[7] = (st[7] + h) & mask
    compress.__name__ = 'compress%d' % bits
    return compress


def sha2_hashes(module, word_bytes, rounds, rotations, hashes):
    """Declare module's SHA-2 hashes on words of word_bytes bytes (rounds
    and rotations as make_compress's): hashes holds (kind, label, initial
    values) of each."""
    compress_words = make_compress(word_bytes, rounds, rotations)
    for kind, label, iv in hashes:
        hash_function(module, kind, label,
                      _sha2_class(kind, iv, word_bytes, compress_words))
        install_kind(kind)


def _sha2_class(kind, iv, word_bytes, compress_words):
    class W_Sha2Variant(W_Sha2Hash):
        def __init__(self):
            W_Sha2Hash.__init__(self, kind, iv)

        def new_empty(self):
            return W_Sha2Variant()

        def compress(self, data, start):
            compress_words(self.words, data, start)
    W_Sha2Variant.__name__ = 'W_%sHash' % kind.name.capitalize()
    W_Sha2Variant.word_bytes = word_bytes
    return W_Sha2Variant


sha2_hashes(module, 8, 80, (1, 8, 7, 19, 61, 6, 14, 18, 41, 28, 34, 39),
            [(SHA512, 'SHA-512', IV512), (SHA384, 'SHA-384', IV384)])
# CPython 3.11 publishes only this name, bound to the sha512 type
publish_types(module, [('SHA384Type', SHA512)])
