"""The `_sha3` module: SHA3-224/256/384/512 and SHAKE128/256 (FIPS 202),
what hashlib offers when there is no OpenSSL module.  Six types, made by
calling them (`_sha3.sha3_256(data)`), with hashbase's update(), digest(),
hexdigest(), copy(), name, digest_size, block_size (the rate) and the
attributes _capacity_bits, _rate_bits, _suffix; the SHAKE digests take a
length.

The state is the 25 lanes of Keccak-f[1600] as 64-bit words; input is
absorbed a rate-sized block at a time, the partial block waits in `buf`.
A digest pads and squeezes a copy, so the object can go on hashing."""

from rpython.rlib.rarithmetic import r_ulonglong, intmask

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.modules import hashbase
from fastpy.modules.hashbase import HashKind, W_HashObject
from fastpy.modules.moduledef import ModuleDef
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.intobject import newint
from fastpy.objspace.strobject import newstr

module = ModuleDef('_sha3')

# ---------------------------------------------------------------- Keccak-f


def _round_constants():
    """The 24 iota constants, from the degree-8 LFSR of FIPS 202 3.2.5:
    bit 2**j - 1 of round i's constant is the LFSR output at 7*i + j."""
    state = 1
    out = []
    for i in range(24):
        rc = 0
        for j in range(7):
            if state & 1:
                rc |= 1 << ((1 << j) - 1)
            state <<= 1
            if state & 0x100:
                state ^= 0x171
        out.append(r_ulonglong(rc))
    return out


def _rho_pi_walk():
    """The lanes visited from (1, 0) by the pi step's map
    (x, y) -> (y, 2x + 3y): lane i of the walk moves to lane i + 1 of it,
    rotated by the i-th triangular number (rho)."""
    lanes = []
    rotations = []
    x, y = 1, 0
    for t in range(24):
        rotations.append(((t + 1) * (t + 2) // 2) % 64)
        x, y = y, (2 * x + 3 * y) % 5
        lanes.append(x + 5 * y)
    return lanes, rotations


ROUND_CONSTANTS = _round_constants()
PI_LANES, RHO_ROTATIONS = _rho_pi_walk()


def _rotl(v, n):
    # 0 < n < 64 everywhere below
    return (v << n) | (v >> (64 - n))


def keccak_f(st):
    """The permutation Keccak-f[1600] on the 25 lanes in place (lane
    x + 5*y)."""
    for rnd in range(24):
        # theta: each lane takes the parities of two neighbouring columns
        c0 = st[0] ^ st[5] ^ st[10] ^ st[15] ^ st[20]
        c1 = st[1] ^ st[6] ^ st[11] ^ st[16] ^ st[21]
        c2 = st[2] ^ st[7] ^ st[12] ^ st[17] ^ st[22]
        c3 = st[3] ^ st[8] ^ st[13] ^ st[18] ^ st[23]
        c4 = st[4] ^ st[9] ^ st[14] ^ st[19] ^ st[24]
        d0 = c4 ^ _rotl(c1, 1)
        d1 = c0 ^ _rotl(c2, 1)
        d2 = c1 ^ _rotl(c3, 1)
        d3 = c2 ^ _rotl(c4, 1)
        d4 = c3 ^ _rotl(c0, 1)
        for y in range(0, 25, 5):
            st[y] ^= d0
            st[y + 1] ^= d1
            st[y + 2] ^= d2
            st[y + 3] ^= d3
            st[y + 4] ^= d4
        # rho and pi together, along the single cycle of pi
        carried = st[1]
        for i in range(24):
            j = PI_LANES[i]
            displaced = st[j]
            st[j] = _rotl(carried, RHO_ROTATIONS[i])
            carried = displaced
        # chi, row by row
        for y in range(0, 25, 5):
            a0 = st[y]
            a1 = st[y + 1]
            a2 = st[y + 2]
            a3 = st[y + 3]
            a4 = st[y + 4]
            st[y] = a0 ^ (~a1 & a2)
            st[y + 1] = a1 ^ (~a2 & a3)
            st[y + 2] = a2 ^ (~a3 & a4)
            st[y + 3] = a3 ^ (~a4 & a0)
            st[y + 4] = a4 ^ (~a0 & a1)
        # iota
        st[0] ^= ROUND_CONSTANTS[rnd]


def absorb_block(st, data, start, rate):
    """XOR the block data[start:start+rate] into the lanes, then
    permute."""
    for k in range(rate >> 3):
        st[k] ^= hashbase.load64_le(data, start + 8 * k)
    keccak_f(st)


# ---------------------------------------------------------------- the kinds

class Sha3Kind(HashKind):
    """One of the six hash functions; its block size is the rate (bytes
    per block) and digest_size is 0 for SHAKE (the caller says)."""
    _immutable_fields_ = ['suffix']

    def __init__(self, name, digest_size, rate, suffix, doc):
        HashKind.__init__(self, name, '_sha3', digest_size, rate, doc=doc)
        # the domain bits and the first pad bit, as a byte value
        self.suffix = suffix


def _sha3_kind(name, size):
    return Sha3Kind(name, size, 200 - 2 * size, 0x06,
                    '%s([data], *, usedforsecurity=True) -> SHA3 object\n\n'
                    'Return a new SHA3 hash object with a hashbit length of '
                    '%d bytes.' % (name, size))


def _shake_kind(name, rate):
    return Sha3Kind(name, 0, rate, 0x1f,
                    '%s([data], *, usedforsecurity=True) -> SHAKE object\n\n'
                    'Return a new SHAKE hash object.' % name)


SHA3_224 = _sha3_kind('sha3_224', 28)
SHA3_256 = _sha3_kind('sha3_256', 32)
SHA3_384 = _sha3_kind('sha3_384', 48)
SHA3_512 = _sha3_kind('sha3_512', 64)
SHAKE_128 = _shake_kind('shake_128', 168)
SHAKE_256 = _shake_kind('shake_256', 136)
FIXED_KINDS = [SHA3_224, SHA3_256, SHA3_384, SHA3_512]
SHAKE_KINDS = [SHAKE_128, SHAKE_256]


class W_Keccak(W_HashObject):
    _attrs_ = ['lanes', 'buf']

    def __init__(self, kind):
        W_HashObject.__init__(self, kind)
        self.lanes = [r_ulonglong(0)] * 25
        self.buf = ''

    def sha3_kind(self):
        kind = self.kind
        assert isinstance(kind, Sha3Kind)
        return kind

    def copy(self):
        w_new = W_Keccak(self.kind)
        w_new.lanes = self.lanes[:]
        w_new.buf = self.buf
        return w_new

    def update(self, data):
        rate = self.kind.block_size
        if len(self.buf) + len(data) < rate:
            self.buf += data
            return
        buf = self.buf + data
        i = 0
        while i + rate <= len(buf):
            absorb_block(self.lanes, buf, i, rate)
            i += rate
        self.buf = buf[i:]

    def squeeze(self, length):
        """The first `length` output bytes, from a padded copy."""
        rate = self.kind.block_size
        lanes = self.lanes[:]
        block = [c for c in self.buf]
        block.append(chr(self.sha3_kind().suffix))
        while len(block) < rate:
            block.append('\x00')
        block[rate - 1] = chr(ord(block[rate - 1]) | 0x80)
        absorb_block(lanes, ''.join(block), 0, rate)
        out = []
        while True:
            for k in range(rate >> 3):
                hashbase.store64_le(out, lanes[k])
            if len(out) >= length:
                break
            keccak_f(lanes)
        assert length >= 0
        return ''.join(out[:length])

    def digest(self):
        return self.squeeze(self.kind.digest_size)


# ---------------------------------------------------------------- the types

def _keccak(w_self):
    assert isinstance(w_self, W_Keccak)
    return w_self


def new_keccak(kind, args_w, kw_names, kw_values_w):
    # every type's argument messages name sha3_224(), as CPython's do
    values_w = hashbase.parse_constructor('sha3_224', args_w, kw_names,
                                          kw_values_w, ['usedforsecurity'])
    w_data = values_w[0]
    if values_w[1] is not None:
        space.is_true(values_w[1])
    w_obj = W_Keccak(kind)
    if w_data is not None:
        w_obj.update(hashbase.hash_data(w_data))
    return w_obj


def _shake_length(w_length):
    length = hashbase.c_ulong(w_length)
    if length >= r_ulonglong(1 << 29):
        raise oefmt(exc.w_ValueError, "length is too large")
    return intmask(length)


def _capacity_bits(w_self):
    return newint(1600 - 8 * _keccak(w_self).kind.block_size)


def _rate_bits(w_self):
    return newint(8 * _keccak(w_self).kind.block_size)


def _suffix(w_self):
    return W_BytesObject(chr(_keccak(w_self).sha3_kind().suffix))


def shake_digest(w_self, w_length):
    return W_BytesObject(_keccak(w_self).squeeze(_shake_length(w_length)))


def shake_hexdigest(w_self, w_length):
    return space.newtext(hashbase.hexlify(
        _keccak(w_self).squeeze(_shake_length(w_length))))


for _kind in FIXED_KINDS + SHAKE_KINDS:
    hashbase.install_kind(_kind, new_keccak,
                          with_digest=_kind.digest_size > 0)
    getset(_kind.w_type, '_capacity_bits', _capacity_bits)
    getset(_kind.w_type, '_rate_bits', _rate_bits)
    getset(_kind.w_type, '_suffix', _suffix)

for _kind in SHAKE_KINDS:
    method(_kind.w_type, 'digest(self, length, /)')(shake_digest)
    method(_kind.w_type, 'hexdigest(self, length, /)')(shake_hexdigest)


@module.initializer
def init_sha3(w_dict):
    for kind in FIXED_KINDS + SHAKE_KINDS:
        w_dict.setitem_str(kind.name, kind.w_type)
    w_dict.setitem_str('implementation', newstr(u'tiny_sha3'))
    w_dict.setitem_str('keccakopt', newint(0))
