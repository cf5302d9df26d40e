"""What the builtin hash modules (_md5, _sha1, _sha256, _sha512, _sha3,
_blake2) share: one object type plumbing, CPython's argument checks, hex
digests, C integer conversions and little-endian word packing.

- `HashKind`: one hash type (`_md5.md5`, `_sha3.sha3_256` ...): its name,
  sizes and type object.  `W_HashObject` is the base of every hash object
  (update, digest, copy); `install_kind` gives a type its methods
  (update, digest, hexdigest, copy), attributes (name, digest_size,
  block_size) and constructor.
- `hash_function` declares the module function that makes the objects of
  _md5, _sha1, _sha256 and _sha512 (`_md5.md5(string=...)`),
  `publish_types` the module's names for the types; `rlib_hash` does
  all of a module over a hash of rpython.rlib (_md5, _sha1).
- `hash_data(w_obj)`: the bytes of a data argument (bytes, bytearray, a
  contiguous memoryview, array.array); TypeError "Strings must be encoded
  before hashing" for str, "object supporting the buffer API required"
  for anything else.  `param_buffer(w_obj)`: a Py_buffer keyword argument
  (key, salt, person).
- `parse_constructor(...)`: the arguments of a type call taking one
  optional positional-only `data` and keyword-only parameters.
- `hexlify(s)`: lowercase hex digits of a byte string.
- `c_int(w)`, `c_ulong(w)`, `c_ulonglong(w)`: the argument-clinic
  converters int, unsigned_long and unsigned_long_long, with their
  messages.
- `load64_le(s, i)`, `store64_le(out, v)`: 64-bit little-endian words.
"""

from rpython.rlib.rarithmetic import r_ulonglong, intmask
from rpython.rlib.rbigint import rbigint

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import (method, getset, interp2app,
                                       qualified_type_name)
from fastpy.interpreter.typecall import constructor
from fastpy.modules.modtypes import module_type
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.longobject import W_LongObject
from fastpy.objspace.root import W_Counted
from fastpy.objspace.strobject import W_StrObject, newstr


# ---------------------------------------------------------------- objects

class HashKind(object):
    """One hash type of a builtin module."""
    _immutable_fields_ = ['name', 'digest_size', 'block_size',
                          'size_member', 'w_type']

    def __init__(self, name, module, digest_size, block_size,
                 size_member=False, doc=None):
        self.name = name
        self.digest_size = digest_size
        self.block_size = block_size
        # digest_size is a read-only member in CPython's _sha256 and
        # _sha512 ("readonly attribute"), a getter in the others
        self.size_member = size_member
        self.w_type = module_type(name, module)
        if doc is not None:
            self.w_type.dict_w['__doc__'] = newstr(doc.decode('utf-8'))


class W_HashObject(W_Counted):
    """A hash object of some kind; subclasses hold the running state."""
    _attrs_ = ['kind']
    _immutable_fields_ = ['kind']

    def __init__(self, kind):
        self.kind = kind

    def gettype(self):
        return self.kind.w_type

    def sp_repr(self):
        from fastpy.objspace import protocol
        return protocol.default_repr(self)

    def update(self, data):
        raise NotImplementedError

    def digest(self):
        """The digest of everything hashed so far (the state is kept)."""
        raise NotImplementedError

    def copy(self):
        raise NotImplementedError

    def digest_length(self):
        return self.kind.digest_size


def hash_function(module, kind, label, cls):
    """Declare module's function `kind.name(string=NULL, *,
    usedforsecurity=True)`, which makes a cls() (a W_HashObject of kind
    with nothing hashed yet)."""
    def new(w_string, w_usedforsecurity):
        w_obj = cls()
        if w_string is not None:
            w_obj.update(hash_data(w_string))
        return w_obj
    new.__name__ = kind.name + '_new'
    return module.function(
        '%s(string=NULL, *, usedforsecurity=True)' % kind.name,
        doc='Return a new %s hash object; optionally initialized with a '
        'string.' % label)(new)


def publish_types(module, names):
    """Put the types into module's namespace: names holds (name, kind)
    pairs."""
    def init(w_dict):
        for name, kind in names:
            w_dict.setitem_str(name, kind.w_type)
    init.__name__ = 'init_types_' + module.name
    module.initializer(init)


def rlib_hash(module, kind, label, state_cls, type_name):
    """Declare module's function and type for the hash of rpython.rlib
    whose state objects are state_cls (RMD5, RSHA: they already have
    update, digest and copy)."""
    class W_RlibHash(W_HashObject):
        _attrs_ = ['state']

        def __init__(self, state=None):
            W_HashObject.__init__(self, kind)
            if state is None:
                state = state_cls()
            assert isinstance(state, state_cls)
            self.state = state

        def update(self, data):
            self.state.update(data)

        def digest(self):
            return self.state.digest()

        def copy(self):
            return W_RlibHash(self.state.copy())
    W_RlibHash.__name__ = 'W_%sHash' % state_cls.__name__
    hash_function(module, kind, label, W_RlibHash)
    install_kind(kind)
    publish_types(module, [(type_name, kind)])


# ---------------------------------------------------------------- methods

def _hash(w_self):
    assert isinstance(w_self, W_HashObject)
    return w_self


def hash_update(w_self, w_data):
    _hash(w_self).update(hash_data(w_data))
    return space.w_None


def hash_digest(w_self):
    return W_BytesObject(_hash(w_self).digest())


def hash_hexdigest(w_self):
    return space.newtext(hexlify(_hash(w_self).digest()))


def hash_copy(w_self):
    return _hash(w_self).copy()


def hash_copy_checked(w_self, args_w, kw_names, kw_values_w):
    if len(args_w) > 0 or (kw_names is not None and len(kw_names) > 0):
        raise oefmt(exc.w_TypeError, "copy() takes no arguments")
    return _hash(w_self).copy()


def _name(w_self):
    return space.newtext(_hash(w_self).kind.name)


def _digest_size(w_self):
    return newint(_hash(w_self).digest_length())


def _block_size(w_self):
    return newint(_hash(w_self).kind.block_size)


def _no_new(kind):
    message = "cannot create '%s' instances" % qualified_type_name(
        kind.w_type)

    def impl(args_w, kw_names, kw_values_w):
        raise oefmt(exc.w_TypeError, message)
    impl.__name__ = 'no_new_' + kind.name
    return impl


def install_kind(kind, make=None, with_digest=True):
    """The methods and attributes of kind's type (the self check of each
    method is by type, with CPython's "doesn't apply" message).

    Without make: the types of _md5, _sha1, _sha256 and _sha512, whose
    instances only the module's functions make (calling the type is a
    TypeError and the type publishes no __new__), with documented methods
    and copy()'s message as CPython's.  With make (_sha3, _blake2),
    calling the type is make(kind, args_w, kw_names, kw_values_w).
    Without with_digest the module defines digest() and hexdigest()
    itself (SHAKE)."""
    w_type = kind.w_type
    documented = make is None
    if documented:
        w_type.constructor = interp2app('%s(*args, **kwargs)' % kind.name,
                                        _no_new(kind))
        method(w_type, 'update(self, obj, /)',
               doc="Update this hash object's state with the provided "
               "string.")(hash_update)
    else:
        _install_constructor(kind, make)
        method(w_type, 'copy(self, /)')(hash_copy)
        method(w_type, 'update(self, data, /)')(hash_update)
    if with_digest:
        method(w_type, 'digest(self, /)', doc=_doc(
            documented, "Return the digest value as a bytes object."))(
            hash_digest)
        method(w_type, 'hexdigest(self, /)', doc=_doc(
            documented, "Return the digest value as a string of "
            "hexadecimal digits."))(hash_hexdigest)
    if documented:
        method(w_type, 'copy(self, /, *args, **kwargs)',
               doc="Return a copy of the hash object.")(hash_copy_checked)
    getset(w_type, 'name', _name)
    getset(w_type, 'digest_size', _digest_size, member=kind.size_member)
    getset(w_type, 'block_size', _block_size)


def _install_constructor(kind, make):
    def new(w_cls, args_w, kw_names, kw_values_w):
        return make(kind, args_w, kw_names, kw_values_w)
    new.__name__ = kind.name + '_new'
    constructor(kind.w_type, '%s(*args, **kwargs)' % kind.name)(new)


def _doc(documented, text):
    if documented:
        return text
    return None


# ---------------------------------------------------------------- arguments

def _contiguous_buffer(w_obj):
    """The bytes of w_obj's buffer, or None when it exports none."""
    from fastpy.objspace.bytesmethods import buffer_or_none
    from fastpy.objspace.memoryobject import W_MemoryView
    if isinstance(w_obj, W_MemoryView):
        w_obj.check()
        if w_obj.step != 1 and w_obj.length > 1:
            raise oefmt(exc.w_BufferError, "memoryview: underlying buffer "
                        "is not C-contiguous")
    return buffer_or_none(w_obj)


def hash_data(w_obj):
    """As CPython's GET_BUFFER_VIEW_OR_ERROUT."""
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    if isinstance(w_obj, W_StrObject):
        raise oefmt(exc.w_TypeError, "Strings must be encoded before "
                    "hashing")
    s = _contiguous_buffer(w_obj)
    if s is None:
        raise oefmt(exc.w_TypeError, "object supporting the buffer API "
                    "required")
    return s


def param_buffer(w_obj):
    s = _contiguous_buffer(w_obj)
    if s is None:
        raise oefmt(exc.w_TypeError, "a bytes-like object is required, "
                    "not '%s'" % space.type_name(w_obj))
    return s


def parse_constructor(fname, args_w, kw_names, kw_values_w, keywords):
    """[data, keyword values...] in the order of `keywords`, None where
    absent; CPython's messages naming fname()."""
    if len(args_w) > 1:
        raise oefmt(exc.w_TypeError, "%s() takes at most 1 positional "
                    "argument (%d given)" % (fname, len(args_w)))
    values_w = [None] * (1 + len(keywords))
    if len(args_w) == 1:
        values_w[0] = args_w[0]
    if kw_names is not None:
        for k in range(len(kw_names)):
            name = kw_names[k]
            found = -1
            for i in range(len(keywords)):
                if keywords[i] == name:
                    found = i
                    break
            if found < 0:
                raise oefmt(exc.w_TypeError, "'%s' is an invalid keyword "
                            "argument for %s()" % (name, fname))
            values_w[1 + found] = kw_values_w[k]
    return values_w


HEX_DIGITS = '0123456789abcdef'


def hexlify(s):
    out = ['\x00'] * (2 * len(s))
    for i in range(len(s)):
        c = ord(s[i])
        out[2 * i] = HEX_DIGITS[c >> 4]
        out[2 * i + 1] = HEX_DIGITS[c & 15]
    return ''.join(out)


# ---------------------------------------------------------------- integers

_C_INT_MIN = -2147483648
_C_INT_MAX = 2147483647


def c_int(w_obj):
    """The clinic `int` converter (_PyLong_AsInt): the index protocol,
    OverflowError outside a C int."""
    if isinstance(w_obj, W_IntObject):
        v = w_obj.intval
    elif isinstance(w_obj, W_LongObject):
        v = _C_INT_MAX + 1
    else:
        from fastpy.objspace import protocol
        w_index = None
        if w_obj.is_user:
            w_index = protocol.index(w_obj)
        if w_index is None:
            raise oefmt(exc.w_TypeError, "'%s' object cannot be interpreted "
                        "as an integer" % space.type_name(w_obj))
        return c_int(w_index)
    if v < _C_INT_MIN or v > _C_INT_MAX:
        raise oefmt(exc.w_OverflowError, "Python int too large to convert "
                    "to C int")
    return v


def _unsigned_big(w_obj):
    """An int argument of the unsigned converters: ValueError when
    negative, TypeError (no index protocol) when it is no int."""
    if isinstance(w_obj, W_IntObject):
        big = rbigint.fromint(w_obj.intval)
    elif isinstance(w_obj, W_LongObject):
        big = w_obj.bigval
    else:
        raise oefmt(exc.w_TypeError, "an integer is required")
    if big.sign < 0:
        raise oefmt(exc.w_ValueError, "value must be positive")
    return big


_ULONGLONG_LIMIT = rbigint.fromint(1).lshift(64)


def c_ulong(w_obj):
    """The clinic `unsigned_long` converter (64-bit longs)."""
    return _to_ulonglong(w_obj, "Python int too large to convert to C "
                         "unsigned long")


def c_ulonglong(w_obj):
    """The clinic `unsigned_long_long` converter."""
    return _to_ulonglong(w_obj, "int too big to convert")


def _to_ulonglong(w_obj, overflow_message):
    big = _unsigned_big(w_obj)
    if big.ge(_ULONGLONG_LIMIT):
        raise oefmt(exc.w_OverflowError, overflow_message)
    return big.toulonglong()


# ---------------------------------------------------------------- words

_BYTE = r_ulonglong(0xff)


def load64_le(s, i):
    """The little-endian 64-bit word at s[i:i+8]."""
    v = r_ulonglong(ord(s[i + 7]))
    k = 6
    while k >= 0:
        v = (v << 8) | r_ulonglong(ord(s[i + k]))
        k -= 1
    return v


def store64_le(out, v):
    """Append the 8 bytes of v, least significant first, to out."""
    for k in range(8):
        out.append(chr(intmask(v & _BYTE)))
        v = v >> 8
