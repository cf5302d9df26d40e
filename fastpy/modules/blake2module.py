"""The `_blake2` module: BLAKE2b (64-bit words, digests up to 64 bytes)
and BLAKE2s (32-bit words, up to 32 bytes) of RFC 7693, with the whole
parameter block: key, salt, personalisation and the tree-hashing fields
(fanout, depth, leaf_size, node_offset, node_depth, inner_size,
last_node).  The types are made by calling them, with CPython's range
checks and messages; objects have hashbase's update(), digest(),
hexdigest(), copy(), name, digest_size, block_size.

The last block of the input must be compressed with the final flag, so
`buf` keeps between one byte and a whole block of data that is not
compressed yet (nothing before the first byte).  The compression
functions are generated once at import time with the 16 working words in
local variables and the eight G mixings of a round written out."""

from rpython.rlib.rarithmetic import r_uint, r_ulonglong, intmask

from fastpy.interpreter.error import oefmt
from fastpy.modules import hashbase
from fastpy.modules.hashbase import HashKind, W_HashObject
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.sha512module import IV512
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.intobject import newint

module = ModuleDef('_blake2')

# ---------------------------------------------------------------- constants

# The message schedule: round r reads the message words in the order of
# row r % 10 (one hex digit per word index).
SIGMA = []
for _row in ['0123456789abcdef', 'ea489fd61c02b753', 'b8c052fdae367194',
             '7931dcbe265a40f8', '905724afe1bc683d', '2c6a0b834d75fe19',
             'c51fed4a0763928b', 'db7ec13950f4862a', '6fe9b308c2d714a5',
             'a2847615fb9e3cd0']:
    SIGMA.extend([int(_c, 16) for _c in _row])

# Both variants start from SHA-2's initial values: BLAKE2b from
# SHA-512's, BLAKE2s from SHA-256's, which are their upper halves.
IV_B = list(IV512)
IV_S = [r_uint(intmask(_w >> 32)) for _w in IV512]

MASK32 = r_uint(0xffffffff)


# ---------------------------------------------------------------- compression

# G mixes four of the working words (a, b, c, d) with two message words;
# a round applies it to the four columns, then to the four diagonals.
_G_WORDS = [(0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
            (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14)]


def _make_compress(name, wordbits, rotations, rounds, mask):
    """The source of name(h, m, t0, t1, f0, f1): one compression of the
    message words m into the chain value h (in place).  Words are
    wordbits wide; with a mask, the arithmetic runs on wider machine
    words and each result is masked back."""
    def masked(expr):
        return '(%s) & MASK' % expr if mask else expr

    def rotr(var, n):
        return masked('(%s >> %d) | (%s << %d)' % (var, n, var,
                                                    wordbits - n))
    lines = ['def %s(h, m, t0, t1, f0, f1):' % name]
    for i in range(8):
        lines.append('    v%d = h[%d]' % (i, i))
    for i in range(8):
        extra = {12: ' ^ t0', 13: ' ^ t1', 14: ' ^ f0', 15: ' ^ f1'}
        lines.append('    v%d = IV[%d]%s' % (8 + i, i, extra.get(8 + i, '')))
    lines.append('    for r in range(%d):' % rounds)
    lines.append('        s = (r % 10) * 16')
    for g in range(8):
        a, b, c, d = _G_WORDS[g]
        x = 'm[SIGMA[s + %d]]' % (2 * g)
        y = 'm[SIGMA[s + %d]]' % (2 * g + 1)
        va, vb, vc, vd = 'v%d' % a, 'v%d' % b, 'v%d' % c, 'v%d' % d
        body = [
            (va, masked('%s + %s + %s' % (va, vb, x))),
            ('t', '%s ^ %s' % (vd, va)), (vd, rotr('t', rotations[0])),
            (vc, masked('%s + %s' % (vc, vd))),
            ('t', '%s ^ %s' % (vb, vc)), (vb, rotr('t', rotations[1])),
            (va, masked('%s + %s + %s' % (va, vb, y))),
            ('t', '%s ^ %s' % (vd, va)), (vd, rotr('t', rotations[2])),
            (vc, masked('%s + %s' % (vc, vd))),
            ('t', '%s ^ %s' % (vb, vc)), (vb, rotr('t', rotations[3]))]
        for target, expr in body:
            lines.append('        %s = %s' % (target, expr))
    for i in range(8):
        lines.append('    h[%d] ^= v%d ^ v%d' % (i, i, i + 8))
    return '\n'.join(lines) + '\n'


def _compile(name, source, iv, mask):
    ns = {'IV': iv, 'SIGMA': SIGMA, 'MASK': mask, '__name__': __name__}
    exec source in ns
    return ns[name]


compress_b = _compile('compress_b', _make_compress(
    'compress_b', 64, (32, 24, 16, 63), 12, False), IV_B, None)
compress_s = _compile('compress_s', _make_compress(
    'compress_s', 32, (16, 12, 8, 7), 10, True), IV_S, MASK32)


def load32_le(s, i):
    return (r_uint(ord(s[i])) | (r_uint(ord(s[i + 1])) << 8) |
            (r_uint(ord(s[i + 2])) << 16) | (r_uint(ord(s[i + 3])) << 24))


def _le_bytes(v, n):
    """v (a non-negative machine word or r_ulonglong) as n little-endian
    bytes."""
    v = r_ulonglong(v)
    out = []
    for k in range(n):
        out.append(chr(intmask(v & r_ulonglong(0xff))))
        v = v >> 8
    return ''.join(out)


# ---------------------------------------------------------------- the objects

class Variant(HashKind):
    """BLAKE2b or BLAKE2s: sizes and limits; the kind's digest_size is
    the largest (each object has its own)."""
    _immutable_fields_ = ['max_digest', 'max_key', 'salt_size',
                          'person_size']

    def __init__(self, name, block_size, max_digest, max_key, salt_size,
                 person_size):
        HashKind.__init__(self, name, '_blake2', max_digest, block_size,
                          doc='Return a new BLAKE2%s hash object.' % name[-1])
        self.max_digest = max_digest
        self.max_key = max_key
        self.salt_size = salt_size
        self.person_size = person_size


BLAKE2B = Variant('blake2b', 128, 64, 64, 16, 16)
BLAKE2S = Variant('blake2s', 64, 32, 32, 8, 8)


class W_Blake2(W_HashObject):
    """The buffering and finishing both variants share; the subclasses
    hold the chain value and compress."""
    _attrs_ = ['digest_size', 'last_node', 'buf', 'counter', 'counter_hi']

    def digest_length(self):
        return self.digest_size

    def init_common(self, digest_size, last_node):
        self.digest_size = digest_size
        self.last_node = last_node
        self.buf = ''
        self.counter = r_ulonglong(0)     # bytes compressed, modulo 2**64
        self.counter_hi = r_ulonglong(0)  # and the carries out of it

    def copy_common(self, w_new):
        w_new.digest_size = self.digest_size
        w_new.last_node = self.last_node
        w_new.buf = self.buf
        w_new.counter = self.counter
        w_new.counter_hi = self.counter_hi

    def init_chain(self, param):
        """The chain value from the initial values and the parameter
        block."""
        raise NotImplementedError

    def compress(self, data, start, final):
        raise NotImplementedError

    def chain_bytes(self):
        raise NotImplementedError

    def count(self, n):
        self.counter += r_ulonglong(n)
        if self.counter < r_ulonglong(n):
            self.counter_hi += r_ulonglong(1)

    def update(self, data):
        bs = self.kind.block_size
        if len(self.buf) + len(data) <= bs:
            self.buf += data
            return
        buf = self.buf + data
        i = 0
        while len(buf) - i > bs:
            self.count(bs)
            self.compress(buf, i, False)
            i += bs
        self.buf = buf[i:]

    def digest(self):
        w_last = self.copy()
        bs = self.kind.block_size
        n = len(w_last.buf)
        w_last.count(n)
        w_last.compress(w_last.buf + '\x00' * (bs - n), 0, True)
        size = self.digest_size
        assert size >= 0
        return w_last.chain_bytes()[:size]


def _split_counter_b(lo, hi):
    return lo, hi


def _split_counter_s(lo, hi):
    # BLAKE2s counts in two 32-bit words: the low 64 bits are enough
    return (r_uint(intmask(lo & r_ulonglong(0xffffffff))),
            r_uint(intmask(lo >> 32)))


def _variant_class(var, iv, ones, word_bytes, load_word, split_counter,
                   compress_words):
    """The W_Blake2 class of var: its chain value and message words are
    of ones's type (r_ulonglong or r_uint), word_bytes wide (ones has
    all of those bits set: the final flags)."""
    zero = ones ^ ones

    class W_Variant(W_Blake2):
        _attrs_ = ['h', 'm']

        def __init__(self):
            W_HashObject.__init__(self, var)
            self.h = [zero] * 8
            self.m = [zero] * 16

        def init_chain(self, param):
            for i in range(8):
                self.h[i] = iv[i] ^ load_word(param, word_bytes * i)

        def copy(self):
            w_new = W_Variant()
            self.copy_common(w_new)
            w_new.h = self.h[:]
            return w_new

        def compress(self, data, start, final):
            m = self.m
            for k in range(16):
                m[k] = load_word(data, start + word_bytes * k)
            f0 = zero
            f1 = zero
            if final:
                f0 = ones
                if self.last_node:
                    f1 = ones
            t0, t1 = split_counter(self.counter, self.counter_hi)
            compress_words(self.h, m, t0, t1, f0, f1)

        def chain_bytes(self):
            return ''.join([_le_bytes(v, word_bytes) for v in self.h])
    W_Variant.__name__ = 'W_' + var.name.capitalize()
    return W_Variant


W_Blake2b = _variant_class(BLAKE2B, IV_B, ~r_ulonglong(0), 8,
                           hashbase.load64_le, _split_counter_b, compress_b)
W_Blake2s = _variant_class(BLAKE2S, IV_S, MASK32, 4, load32_le,
                           _split_counter_s, compress_s)


# ---------------------------------------------------------------- constructors

_KEYWORDS = ['digest_size', 'key', 'salt', 'person', 'fanout', 'depth',
             'leaf_size', 'node_offset', 'node_depth', 'inner_size',
             'last_node', 'usedforsecurity']


def _int_or(w_value, default):
    if w_value is None:
        return default
    return hashbase.c_int(w_value)


def _buffer_or_empty(w_value):
    if w_value is None:
        return ''
    return hashbase.param_buffer(w_value)


def new_blake2(var, args_w, kw_names, kw_values_w):
    values_w = hashbase.parse_constructor(var.name, args_w, kw_names,
                                          kw_values_w, _KEYWORDS)
    # the arguments are converted in order, then checked in CPython's
    # order
    w_data = values_w[0]
    digest_size = _int_or(values_w[1], var.max_digest)
    key = _buffer_or_empty(values_w[2])
    salt = _buffer_or_empty(values_w[3])
    person = _buffer_or_empty(values_w[4])
    fanout = _int_or(values_w[5], 1)
    depth = _int_or(values_w[6], 1)
    leaf_size = r_ulonglong(0)
    if values_w[7] is not None:
        leaf_size = hashbase.c_ulong(values_w[7])
    node_offset = r_ulonglong(0)
    if values_w[8] is not None:
        node_offset = hashbase.c_ulonglong(values_w[8])
    node_depth = _int_or(values_w[9], 0)
    inner_size = _int_or(values_w[10], 0)
    last_node = False
    if values_w[11] is not None:
        last_node = space.is_true(values_w[11])
    if values_w[12] is not None:
        space.is_true(values_w[12])

    if digest_size <= 0 or digest_size > var.max_digest:
        raise oefmt(exc.w_ValueError, "digest_size must be between 1 and %d "
                    "bytes" % var.max_digest)
    if len(salt) > var.salt_size:
        raise oefmt(exc.w_ValueError, "maximum salt length is %d bytes" %
                    var.salt_size)
    if len(person) > var.person_size:
        raise oefmt(exc.w_ValueError, "maximum person length is %d bytes" %
                    var.person_size)
    if fanout < 0 or fanout > 255:
        raise oefmt(exc.w_ValueError, "fanout must be between 0 and 255")
    if depth <= 0 or depth > 255:
        raise oefmt(exc.w_ValueError, "depth must be between 1 and 255")
    if leaf_size > r_ulonglong(0xffffffff):
        raise oefmt(exc.w_OverflowError, "leaf_size is too large")
    if var is BLAKE2S and node_offset > r_ulonglong(0xffffffffffff):
        raise oefmt(exc.w_OverflowError, "node_offset is too large")
    if node_depth < 0 or node_depth > 255:
        raise oefmt(exc.w_ValueError, "node_depth must be between 0 and 255")
    if inner_size < 0 or inner_size > var.max_digest:
        raise oefmt(exc.w_ValueError, "inner_size must be between 0 and is "
                    "%d" % var.max_digest)
    if len(key) > var.max_key:
        raise oefmt(exc.w_ValueError, "maximum key length is %d bytes" %
                    var.max_key)

    # the parameter block
    offset_bytes = 8 if var is BLAKE2B else 6
    reserved = 14 if var is BLAKE2B else 0
    param = (chr(digest_size) + chr(len(key)) + chr(fanout) + chr(depth) +
             _le_bytes(leaf_size, 4) + _le_bytes(node_offset, offset_bytes) +
             chr(node_depth) + chr(inner_size) + '\x00' * reserved +
             salt + '\x00' * (var.salt_size - len(salt)) +
             person + '\x00' * (var.person_size - len(person)))
    if var is BLAKE2B:
        w_obj = W_Blake2b()
    else:
        w_obj = W_Blake2s()
    w_obj.init_chain(param)
    w_obj.init_common(digest_size, last_node)
    if len(key) > 0:
        w_obj.update(key + '\x00' * (var.block_size - len(key)))
    if w_data is not None:
        w_obj.update(hashbase.hash_data(w_data))
    return w_obj


def _install(var):
    hashbase.install_kind(var, new_blake2)
    w_type = var.w_type
    w_type.dict_w['SALT_SIZE'] = newint(var.salt_size)
    w_type.dict_w['PERSON_SIZE'] = newint(var.person_size)
    w_type.dict_w['MAX_KEY_SIZE'] = newint(var.max_key)
    w_type.dict_w['MAX_DIGEST_SIZE'] = newint(var.max_digest)


_install(BLAKE2B)
_install(BLAKE2S)


@module.initializer
def init_blake2(w_dict):
    for var in [BLAKE2B, BLAKE2S]:
        prefix = var.name.upper()
        w_dict.setitem_str(prefix + '_SALT_SIZE', newint(var.salt_size))
        w_dict.setitem_str(prefix + '_PERSON_SIZE', newint(var.person_size))
        w_dict.setitem_str(prefix + '_MAX_KEY_SIZE', newint(var.max_key))
        w_dict.setitem_str(prefix + '_MAX_DIGEST_SIZE',
                           newint(var.max_digest))
        w_dict.setitem_str(var.name, var.w_type)
