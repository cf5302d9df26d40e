"""What the builtin hash modules (_md5, _sha1, _sha256, _sha512) share.

- `HashEngine`: the state of one computation (update, digest, copy);
  `BlockEngine` is the buffering and padding of the SHA-2 family, whose
  subclasses only compress one block.
- `HashKind`: one hash type (`_md5.md5` ...): its name, sizes and type
  object; `install_kind` gives the type its methods (update, digest,
  hexdigest, copy) and attributes (name, digest_size, block_size).
- `new_hash(kind, engine, w_string)`: a constructor's result, with
  CPython's argument checks (`hash_data`).
"""

from rpython.rlib.rarithmetic import r_ulonglong, intmask

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import (method, getset, interp2app,
                                       qualified_type_name)
from fastpy.modules.modtypes import module_type
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.intobject import newint
from fastpy.objspace.root import W_Counted


class HashEngine(object):
    """The running state of one hash computation."""
    _attrs_ = []

    def update(self, data):
        raise NotImplementedError

    def digest(self):
        """The digest of everything hashed so far (the state is kept)."""
        raise NotImplementedError

    def copy(self):
        raise NotImplementedError


class BlockEngine(HashEngine):
    """A Merkle-Damgard hash on big-endian words (SHA-2): whole blocks go
    to `compress`; the tail waits in `buf`.  The state is `words`
    (r_ulonglong, each of `word_bytes` bytes); subclasses set
    `block_size`, `word_bytes` and `digest_size`."""
    _attrs_ = ['words', 'buf', 'length']
    block_size = 64
    word_bytes = 4
    digest_size = 32

    def __init__(self, iv):
        self.words = list(iv)
        self.buf = ''
        self.length = 0       # bytes hashed so far

    def new_empty(self):
        raise NotImplementedError

    def compress(self, data, start):
        raise NotImplementedError

    def copy(self):
        other = self.new_empty()
        assert isinstance(other, BlockEngine)
        other.words = list(self.words)
        other.buf = self.buf
        other.length = self.length
        return other

    def update(self, data):
        self.length += len(data)
        size = self.block_size
        buf = self.buf + data if self.buf else data
        i = 0
        while i + size <= len(buf):
            self.compress(buf, i)
            i += size
        self.buf = buf[i:]

    def digest(self):
        size = self.block_size
        field = size // 8             # bytes of the bit-length field
        tail = self.copy()
        assert isinstance(tail, BlockEngine)
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
        return ''.join(result)[:self.digest_size]


class HashKind(object):
    """One hash type of a builtin module."""

    def __init__(self, name, module, digest_size, block_size,
                 size_member=False):
        self.name = name
        self.digest_size = digest_size
        self.block_size = block_size
        # digest_size is a read-only member in CPython's _sha256 and
        # _sha512 ("readonly attribute"), a getter in the others
        self.size_member = size_member
        self.w_type = module_type(name, module)


class W_Hash(W_Counted):
    _attrs_ = ['kind', 'engine']

    def __init__(self, kind, engine):
        self.kind = kind
        self.engine = engine

    def gettype(self):
        return self.kind.w_type

    def referents(self):
        return []

    def release_children(self):
        pass


def hash_data(w_data):
    """The bytes of a constructor's or update()'s argument: a
    C-contiguous buffer, as CPython's GET_BUFFER_VIEW_OR_ERROUT."""
    from fastpy.objspace.bytesmethods import buffer_or_none
    from fastpy.objspace.memoryobject import W_MemoryView
    from fastpy.objspace.strobject import W_StrObject
    if isinstance(w_data, W_BytesObject):
        return w_data.value
    if isinstance(w_data, W_StrObject):
        raise oefmt(exc.w_TypeError, "Strings must be encoded before "
                    "hashing")
    if isinstance(w_data, W_MemoryView):
        w_data.check()
        if w_data.step != 1 and w_data.length > 1:
            raise oefmt(exc.w_BufferError, "memoryview: underlying buffer "
                        "is not C-contiguous")
    s = buffer_or_none(w_data)
    if s is None:
        raise oefmt(exc.w_TypeError, "object supporting the buffer API "
                    "required")
    return s


def new_hash(kind, engine, w_string):
    if w_string is not None:
        engine.update(hash_data(w_string))
    return W_Hash(kind, engine)


def _hash(w_self):
    assert isinstance(w_self, W_Hash)
    return w_self


def hexdigest(s):
    digits = '0123456789abcdef'
    out = []
    for c in s:
        out.append(digits[ord(c) >> 4])
        out.append(digits[ord(c) & 15])
    return ''.join(out)


def hash_update(w_self, w_obj):
    _hash(w_self).engine.update(hash_data(w_obj))
    return space.w_None


def hash_digest(w_self):
    return W_BytesObject(_hash(w_self).engine.digest())


def hash_hexdigest(w_self):
    return space.newtext(hexdigest(_hash(w_self).engine.digest()))


def hash_copy(w_self, args_w, kw_names, kw_values_w):
    if len(args_w) > 0 or (kw_names is not None and len(kw_names) > 0):
        raise oefmt(exc.w_TypeError, "copy() takes no arguments")
    w_hash = _hash(w_self)
    return W_Hash(w_hash.kind, w_hash.engine.copy())


def _name(w_self):
    return space.newtext(_hash(w_self).kind.name)


def _digest_size(w_self):
    return newint(_hash(w_self).kind.digest_size)


def _block_size(w_self):
    return newint(_hash(w_self).kind.block_size)


def _no_new(kind):
    message = "cannot create '%s' instances" % qualified_type_name(
        kind.w_type)

    def impl(args_w, kw_names, kw_values_w):
        raise oefmt(exc.w_TypeError, message)
    impl.__name__ = 'no_new_' + kind.name
    return impl


def install_kind(kind):
    """The methods and attributes of kind's type (the self check of each
    method is by type, with CPython's "doesn't apply" message).  Only the
    module's functions make instances: calling the type is a TypeError,
    and the type publishes no __new__."""
    w_type = kind.w_type
    w_type.constructor = interp2app('%s(*args, **kwargs)' % kind.name,
                                    _no_new(kind))
    method(w_type, 'update(self, obj, /)',
           doc="Update this hash object's state with the provided "
           "string.")(hash_update)
    method(w_type, 'digest(self, /)',
           doc="Return the digest value as a bytes object.")(hash_digest)
    method(w_type, 'hexdigest(self, /)',
           doc="Return the digest value as a string of hexadecimal "
           "digits.")(hash_hexdigest)
    method(w_type, 'copy(self, /, *args, **kwargs)',
           doc="Return a copy of the hash object.")(hash_copy)
    getset(w_type, 'name', _name)
    getset(w_type, 'digest_size', _digest_size, member=kind.size_member)
    getset(w_type, 'block_size', _block_size)
