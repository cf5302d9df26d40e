"""The marshal module: CPython 3.11's format (Python/marshal.c), version 4.

Supported: None, bool, StopIteration, Ellipsis, int, float, complex, str,
bytes (and bytes-like objects, written as bytes), tuple, list, dict, set
and frozenset, in both directions; TYPE_INT64 and the text floats of
versions 0-1 are read too.

Not supported: code objects.  fastpy's code objects are not CPython's,
so `dumps` of one raises ValueError("unmarshallable object") and a code
object in the data ('c') is "bad marshal data (unknown type code)".
(importlib's bytecode loader therefore never finds a usable .pyc.)

References (FLAG_REF, TYPE_REF).  CPython 3.11 flags an object for
sharing when its reference count is above 1 (and always an interned
str), which is part of the byte format: `marshal.dumps([1, 2])` differs
from `x = [1, 2]; marshal.dumps(x)`.  fastpy reproduces that count:
- counted objects (list, dict, set, frozenset, tuples built at run time,
  memoryview) use their refcount.py count, plus, for the top-level
  object, the value-stack entries that borrow it in the running frames
  (`push_borrowed`), which CPython would count; set items get one more,
  for the (dump, item) pair CPython makes to sort them;
- uncounted objects (int, float, complex, str, bytes, constant tuples)
  are taken as shared (constants and small ints are, in CPython), and
  are identified by value, as CPython's deduplicated constants are; so a
  str or a big int *computed* at run time and held only once is flagged
  here but not by CPython (the data still loads the same);
- bytearrays (uncounted, usually temporaries) are taken as unshared;
- a str counts as interned when it is ASCII made of letters, digits and
  underscores (identifier-like constants are interned by CPython).
"""

import math

from rpython.rlib import jit
from rpython.rlib.listsort import make_timsort_class
from rpython.rlib.rarithmetic import intmask, r_ulonglong
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import formatd, string_to_float
from rpython.rlib.rstring import ParseStringError, StringBuilder
from rpython.rlib.rstruct.ieee import float_pack, float_unpack

from fastpy import config
from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import interp2app
from fastpy.modules.moduledef import ModuleDef
from fastpy.objspace import codecs
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.boolobject import w_True, w_False
from fastpy.objspace.bytearrayobject import (W_BytearrayObject,
                                             w_bytearray_type)
from fastpy.objspace.bytesmethods import bytes_like
from fastpy.objspace.bytesobject import W_BytesObject, w_bytes_type
from fastpy.objspace.complexobject import W_ComplexObject, w_complex_type
from fastpy.objspace.dictobject import W_DictObject, w_dict_type, newdict
from fastpy.objspace.floatobject import W_FloatObject, w_float_type, newfloat
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.listobject import W_ListObject, w_list_type
from fastpy.objspace.longobject import W_LongObject, newlong
from fastpy.objspace.noneobject import w_None, w_Ellipsis
from fastpy.objspace.root import W_Counted
from fastpy.objspace.setobject import (W_SetObject, W_FrozenSetObject,
                                       w_set_type, w_frozenset_type)
from fastpy.objspace.space import type_name
from fastpy.objspace.strobject import W_StrObject, w_str_type, newstr
from fastpy.objspace.tupleobject import (W_TupleObject, W_ConstTupleObject,
                                         w_tuple_type)

module = ModuleDef('marshal', 'This module contains functions that can '
                   'read and write Python values in\na binary format. The '
                   'format is specific to Python, but independent of\n'
                   'machine architecture issues.\n\nNot all Python object '
                   'types are supported; in general, only objects\nwhose '
                   'value is independent from a particular invocation of '
                   'Python can be\nwritten and read by this module. The '
                   'following types are supported:\nNone, integers, '
                   'floating point numbers, strings, bytes, bytearrays,\n'
                   'tuples, lists, sets, dictionaries, and code objects, '
                   'where it\nshould be understood that tuples, lists and '
                   'dictionaries are only\nsupported as long as the values '
                   'contained therein are themselves\nsupported; and '
                   'recursive lists and dictionaries should not be used\n'
                   '(they will cause infinite loops).\n\nVariables:\n\n'
                   'version -- indicates the format that this module uses.'
                   ' Version 0 is the\n    historical format, version 1 '
                   'shares interned strings and version 2\n    uses a '
                   'binary format for floating point numbers.\n    Version '
                   '3 shares common object references (New in version '
                   '3.4).\n\nFunctions:\n\ndump() -- write value to a file'
                   '\nload() -- read value from a file\ndumps() -- marshal '
                   'value as a bytes object\nloads() -- read value from a '
                   'bytes-like object')

VERSION = 4
MAX_DEPTH = 2000
SIZE32_MAX = 0x7FFFFFFF
FLAG_REF = 0x80

TYPE_NULL = ord('0')
TYPE_NONE = ord('N')
TYPE_FALSE = ord('F')
TYPE_TRUE = ord('T')
TYPE_STOPITER = ord('S')
TYPE_ELLIPSIS = ord('.')
TYPE_INT = ord('i')
TYPE_INT64 = ord('I')
TYPE_FLOAT = ord('f')
TYPE_BINARY_FLOAT = ord('g')
TYPE_COMPLEX = ord('x')
TYPE_BINARY_COMPLEX = ord('y')
TYPE_LONG = ord('l')
TYPE_STRING = ord('s')
TYPE_INTERNED = ord('t')
TYPE_REF = ord('r')
TYPE_TUPLE = ord('(')
TYPE_LIST = ord('[')
TYPE_DICT = ord('{')
TYPE_UNICODE = ord('u')
TYPE_UNKNOWN = ord('?')
TYPE_SET = ord('<')
TYPE_FROZENSET = ord('>')
TYPE_ASCII = ord('a')
TYPE_ASCII_INTERNED = ord('A')
TYPE_SMALL_TUPLE = ord(')')
TYPE_SHORT_ASCII = ord('z')
TYPE_SHORT_ASCII_INTERNED = ord('Z')


class Unmarshallable(Exception):
    pass


class NestedTooDeep(Exception):
    pass


# ---------------------------------------------------------------- writing

def _is_name_char(c):
    return (u'a' <= c <= u'z' or u'A' <= c <= u'Z' or u'0' <= c <= u'9' or
            c == u'_')


def is_interned(u):
    """Whether CPython would hold this str interned (see the module
    doc): the identifier-like ones."""
    for c in u:
        if not _is_name_char(c):
            return False
    return True


def _is_ascii(u):
    for c in u:
        if ord(c) >= 0x80:
            return False
    return True


def _utf8(u):
    s = codecs.encode(u, 'utf-8', 'surrogatepass')
    assert s is not None
    return s


def _float_bits(x):
    return str(intmask(float_pack(x, 8)))


def value_key(w_obj):
    """The identity of an uncounted object as CPython's deduplicated
    constants have it (by type and value), or None for the objects
    identified by identity."""
    w_type = w_obj.gettype()
    if w_type is w_int_type_():
        if isinstance(w_obj, W_IntObject):
            return 'i' + str(w_obj.intval)
        assert isinstance(w_obj, W_LongObject)
        return 'i' + w_obj.bigval.str()
    if w_type is w_float_type:
        assert isinstance(w_obj, W_FloatObject)
        return 'f' + _float_bits(w_obj.floatval)
    if w_type is w_complex_type:
        assert isinstance(w_obj, W_ComplexObject)
        return ('c' + _float_bits(w_obj.realval) + ',' +
                _float_bits(w_obj.imagval))
    if w_type is w_str_type:
        assert isinstance(w_obj, W_StrObject)
        return 'u' + _utf8(w_obj.value)
    if w_type is w_bytes_type:
        assert isinstance(w_obj, W_BytesObject)
        return 'b' + w_obj.value
    if w_type is w_tuple_type:
        assert isinstance(w_obj, W_TupleObject)
        if (isinstance(w_obj, W_ConstTupleObject) or
                len(w_obj.items_w) == 0):
            parts = []
            for w_item in w_obj.items_w:
                key = _item_key(w_item)
                if key is None:
                    return None
                parts.append('%d:%s' % (len(key), key))
            return 't' + ''.join(parts)
    return None


def _item_key(w_item):
    if w_item is w_None:
        return 'N'
    if w_item is w_True:
        return 'T'
    if w_item is w_False:
        return 'F'
    if w_item is w_Ellipsis:
        return '.'
    return value_key(w_item)


def w_int_type_():
    from fastpy.objspace.intobject import w_int_type
    return w_int_type


class Writer(object):
    def __init__(self, version):
        self.version = version
        self.out = StringBuilder()
        self.depth = 0
        self.refs_by_obj = {}       # W_Root -> index (by identity)
        self.refs_by_key = {}       # value_key -> index
        self.nrefs = 0

    def byte(self, b):
        self.out.append(chr(b & 0xff))

    def long(self, x):
        self.out.append(chr(x & 0xff))
        self.out.append(chr((x >> 8) & 0xff))
        self.out.append(chr((x >> 16) & 0xff))
        self.out.append(chr((x >> 24) & 0xff))

    def short(self, x):
        self.out.append(chr(x & 0xff))
        self.out.append(chr((x >> 8) & 0xff))

    def pstring(self, s):
        self.long(len(s))
        self.out.append(s)

    def float_bin(self, x):
        bits = float_pack(x, 8)
        for i in range(8):
            self.out.append(chr(intmask((bits >> (8 * i)) & 0xff)))

    def float_str(self, x):
        s = _repr_g17(x)
        self.byte(len(s))
        self.out.append(s)

    def write_object(self, w_obj, extra):
        """w_object; extra: references CPython would count that fastpy
        does not (see the module doc)."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise NestedTooDeep
        if w_obj is w_None:
            self.byte(TYPE_NONE)
        elif w_obj is exc.w_StopIteration:
            self.byte(TYPE_STOPITER)
        elif w_obj is w_Ellipsis:
            self.byte(TYPE_ELLIPSIS)
        elif w_obj is w_False:
            self.byte(TYPE_FALSE)
        elif w_obj is w_True:
            self.byte(TYPE_TRUE)
        else:
            flag = self.write_ref(w_obj, extra)
            if flag >= 0:
                self.write_complex(w_obj, flag)
        self.depth -= 1

    def write_ref(self, w_obj, extra):
        """w_ref: writes a TYPE_REF and returns -1 for an object already
        written; else the flag of its type code."""
        if self.version < 3:
            return 0
        key = value_key(w_obj)
        if key is not None:
            index = self.refs_by_key.get(key, -1)
            if index >= 0:
                self.byte(TYPE_REF)
                self.long(index)
                return -1
            self.refs_by_key[key] = self.nrefs
        else:
            if not _shared(w_obj, extra):
                return 0
            index = self.refs_by_obj.get(w_obj, -1)
            if index >= 0:
                self.byte(TYPE_REF)
                self.long(index)
                return -1
            self.refs_by_obj[w_obj] = self.nrefs
        self.nrefs += 1
        return FLAG_REF

    def write_complex(self, w_obj, flag):
        w_type = w_obj.gettype()
        if w_type is w_int_type_():
            if isinstance(w_obj, W_IntObject):
                x = w_obj.intval
                if -2147483648 <= x <= 2147483647:
                    self.byte(TYPE_INT | flag)
                    self.long(x)
                else:
                    self.write_long(rbigint.fromint(x), flag)
            else:
                assert isinstance(w_obj, W_LongObject)
                self.write_long(w_obj.bigval, flag)
        elif w_type is w_float_type:
            assert isinstance(w_obj, W_FloatObject)
            if self.version > 1:
                self.byte(TYPE_BINARY_FLOAT | flag)
                self.float_bin(w_obj.floatval)
            else:
                self.byte(TYPE_FLOAT | flag)
                self.float_str(w_obj.floatval)
        elif w_type is w_complex_type:
            assert isinstance(w_obj, W_ComplexObject)
            if self.version > 1:
                self.byte(TYPE_BINARY_COMPLEX | flag)
                self.float_bin(w_obj.realval)
                self.float_bin(w_obj.imagval)
            else:
                self.byte(TYPE_COMPLEX | flag)
                self.float_str(w_obj.realval)
                self.float_str(w_obj.imagval)
        elif w_type is w_bytes_type:
            assert isinstance(w_obj, W_BytesObject)
            self.byte(TYPE_STRING | flag)
            self.pstring(w_obj.value)
        elif w_type is w_str_type:
            assert isinstance(w_obj, W_StrObject)
            self.write_str(w_obj.value, flag)
        elif w_type is w_tuple_type:
            assert isinstance(w_obj, W_TupleObject)
            items_w = w_obj.items_w
            n = len(items_w)
            if self.version >= 4 and n < 256:
                self.byte(TYPE_SMALL_TUPLE | flag)
                self.byte(n)
            else:
                self.byte(TYPE_TUPLE | flag)
                self.long(n)
            for w_item in items_w:
                self.write_object(w_item, 0)
        elif w_type is w_list_type:
            assert isinstance(w_obj, W_ListObject)
            self.byte(TYPE_LIST | flag)
            n = w_obj.length()
            self.long(n)
            for i in range(n):
                self.write_object(w_obj.getitem(i), 0)
        elif w_type is w_dict_type:
            assert isinstance(w_obj, W_DictObject)
            self.byte(TYPE_DICT | flag)
            for entry in w_obj.entries():
                self.write_object(entry.w_key, 0)
                self.write_object(entry.w_value, 0)
            self.byte(TYPE_NULL)
        elif w_type is w_set_type or w_type is w_frozenset_type:
            assert isinstance(w_obj, W_SetObject)
            if w_type is w_frozenset_type:
                self.byte(TYPE_FROZENSET | flag)
            else:
                self.byte(TYPE_SET | flag)
            self.write_set_items(w_obj)
        elif (w_type is w_bytearray_type or
              _is_memoryview(w_obj)):
            self.byte(TYPE_STRING | flag)
            self.pstring(bytes_like(w_obj))
        else:
            raise Unmarshallable

    def write_long(self, big, flag):
        """TYPE_LONG: the sign and size, then 15-bit digits."""
        self.byte(TYPE_LONG | flag)
        negative = big.sign < 0
        a = big.abs()
        nbytes = (a.bit_length() + 7) // 8
        data = a.tobytes(nbytes, 'little', False)
        digits = []
        acc = 0
        nbits = 0
        for ch in data:
            acc |= ord(ch) << nbits
            nbits += 8
            while nbits >= 15:
                digits.append(acc & 0x7fff)
                acc >>= 15
                nbits -= 15
        if nbits > 0:
            digits.append(acc)
        while len(digits) > 0 and digits[-1] == 0:
            digits.pop()
        n = len(digits)
        self.long(-n if negative else n)
        for d in digits:
            self.short(d)

    def write_str(self, u, flag):
        interned = is_interned(u)
        if self.version >= 4 and _is_ascii(u):
            s = u.encode('ascii')
            if len(s) < 256:
                if interned:
                    self.byte(TYPE_SHORT_ASCII_INTERNED | flag)
                else:
                    self.byte(TYPE_SHORT_ASCII | flag)
                self.byte(len(s))
                self.out.append(s)
            else:
                if interned:
                    self.byte(TYPE_ASCII_INTERNED | flag)
                else:
                    self.byte(TYPE_ASCII | flag)
                self.pstring(s)
        else:
            if self.version >= 3 and interned:
                self.byte(TYPE_INTERNED | flag)
            else:
                self.byte(TYPE_UNICODE | flag)
            self.pstring(_utf8(u))

    def write_set_items(self, w_set):
        """The items sorted by their own marshal data (bpo-37596), each
        counted once more for the pair CPython sorts them in."""
        keys_w = w_set.active_keys()
        self.long(len(keys_w))
        pairs = []
        for w_key in keys_w:
            sub = Writer(self.version)
            sub.write_object(w_key, 0)
            pairs.append(SortPair(sub.out.build(), w_key))
        PairSort(pairs, len(pairs)).sort()
        for pair in pairs:
            self.write_object(pair.w_value, 1)


class SortPair(object):
    def __init__(self, key, w_value):
        self.key = key
        self.w_value = w_value


PairSortBase = make_timsort_class()


class PairSort(PairSortBase):
    def lt(self, a, b):
        return a.key < b.key


def _is_memoryview(w_obj):
    from fastpy.objspace.memoryobject import W_MemoryView
    return isinstance(w_obj, W_MemoryView)


def _shared(w_obj, extra):
    """Whether CPython would see a reference count above 1."""
    if not isinstance(w_obj, W_Counted) or not config.REFCOUNT:
        return False
    return refcount.get_count(w_obj) + extra >= 2


def _repr_g17(x):
    """PyOS_double_to_string(x, 'g', 17, 0)."""
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        return 'inf' if x > 0.0 else '-inf'
    return formatd(x, 'g', 17)


@jit.dont_look_inside
def borrowed_references(w_obj):
    """How many value-stack entries of the running frames borrow w_obj
    (LOAD_FAST's push_borrowed): references CPython counts."""
    from fastpy.interpreter.eval import ec
    count = 0
    frame = ec.topframeref()
    while frame is not None:
        for i in range(frame.stackdepth):
            if frame.borrowed[i] and frame.locals_stack_w[i] is w_obj:
                count += 1
        frame = frame.f_backref()
    return count


def c_int_w(w_obj):
    """Argument Clinic's int: a C int."""
    from fastpy.objspace.space import int_w
    if isinstance(w_obj, W_FloatObject):
        raise oefmt(exc.w_TypeError,
                    "'float' object cannot be interpreted as an integer")
    try:
        value = int_w(w_obj)
    except OperationError as e:
        if not e.match(exc.w_OverflowError):
            raise
        refcount.discard(e.w_exc)
        value = 2147483648      # beyond C long: the message is int's
    if value > 2147483647 or value < -2147483648:
        raise oefmt(exc.w_OverflowError,
                    "Python int too large to convert to C int")
    return value


@jit.dont_look_inside
def dumps_str(w_value, version):
    writer = Writer(version)
    extra = 0
    if isinstance(w_value, W_Counted):
        extra = borrowed_references(w_value)
    try:
        writer.write_object(w_value, extra)
    except Unmarshallable:
        raise oefmt(exc.w_ValueError, "unmarshallable object")
    except NestedTooDeep:
        raise oefmt(exc.w_ValueError, "object too deeply nested to marshal")
    return writer.out.build()


def _publish(spec, display):
    def decorate(impl):
        w_func = interp2app(spec, impl, display=display)
        w_func.module_name = 'marshal'
        module.add_function(w_func)
        return impl
    return decorate


@_publish('dumps(value, version=4, /)', 'marshal.dumps')
def marshal_dumps(w_value, w_version):
    """Return the bytes object that would be written to a file by dump(value, file).

  value
    Must be a supported type.
  version
    Indicates the data format that dumps should use.

Raise a ValueError exception if value has (or contains an object that has) an
unsupported type."""
    return W_BytesObject(dumps_str(w_value, c_int_w(w_version)))


@_publish('dump(value, file, version=4, /)', 'marshal.dump')
def marshal_dump(w_value, w_file, w_version):
    """Write the value on the open file.

  value
    Must be a supported type.
  file
    Must be a writeable binary file.
  version
    Indicates the data format that dump should use.

If the value has (or contains an object that has) an unsupported type, a
ValueError exception is raised - but garbage data will also be written
to the file. The object will not be properly read back by load()."""
    from fastpy.modules.iobase import call_method_discard
    data = dumps_str(w_value, c_int_w(w_version))
    call_method_discard(w_file, 'write', [W_BytesObject(data)])
    return w_None


# ---------------------------------------------------------------- reading

class Reader(object):
    def __init__(self, data, w_file):
        self.data = data
        self.pos = 0
        self.w_file = w_file
        self.depth = 0
        self.refs_w = []         # None: reserved for a frozenset
        self.created_w = []      # counted objects made (see loads_w)

    def read(self, n):
        """r_string: n bytes (EOFError if there are fewer)."""
        if self.w_file is not None:
            return self.read_file(n)
        if len(self.data) - self.pos < n:
            raise oefmt(exc.w_EOFError, "marshal data too short")
        start = self.pos
        self.pos = start + n
        return self.data[start:start + n]

    def read_file(self, n):
        """file.readinto(buffer) of exactly n bytes."""
        from fastpy.modules.iobase import call_method
        from fastpy.objspace.space import int_w
        w_buf = W_BytearrayObject(['\x00'] * n)
        w_res = call_method(self.w_file, 'readinto', [w_buf])
        try:
            got = int_w(w_res)
        finally:
            refcount.discard(w_res)
        if got != n:
            if got > n:
                raise oefmt(exc.w_ValueError,
                            "read() returned too much data: %d bytes "
                            "requested, %d returned" % (n, got))
            raise oefmt(exc.w_EOFError, "EOF read where not expected")
        return ''.join(w_buf.data[:n])

    def read_byte(self):
        """r_byte: 0-255, or -1 at the end of the data."""
        if self.w_file is None:
            if self.pos < len(self.data):
                c = ord(self.data[self.pos])
                self.pos += 1
                return c
            return -1
        try:
            s = self.read_file(1)
        except OperationError as e:
            if not e.match(exc.w_EOFError):
                raise
            refcount.discard(e.w_exc)
            return -1
        return ord(s[0])

    def read_long(self):
        s = self.read(4)
        x = (ord(s[0]) | (ord(s[1]) << 8) | (ord(s[2]) << 16) |
             (ord(s[3]) << 24))
        if x >= 0x80000000:
            x -= 0x100000000
        return x

    def read_short(self):
        s = self.read(2)
        x = ord(s[0]) | (ord(s[1]) << 8)
        if x >= 0x8000:
            x -= 0x10000
        return x

    def read_float_bin(self):
        s = self.read(8)
        bits = r_ulonglong(0)
        for i in range(8):
            bits |= r_ulonglong(ord(s[i])) << (8 * i)
        return float_unpack(bits, 8)

    def read_byte_size(self):
        """A size in one byte (short str, small tuple, text float)."""
        n = self.read_byte()
        if n < 0:
            raise oefmt(exc.w_EOFError, "EOF read where not expected")
        return n

    def read_float_str(self):
        s = self.read(self.read_byte_size())
        try:
            return string_to_float(s)
        except ParseStringError:
            from fastpy.objspace.strobject import str_repr
            raise oefmt(exc.w_ValueError,
                        "could not convert string to float: %s" %
                        _utf8(str_repr(s.decode('latin-1'))))

    def read_size(self, what):
        n = self.read_long()
        if n < 0 or n > SIZE32_MAX:
            raise oefmt(exc.w_ValueError, "bad marshal data (%s size out "
                        "of range)" % what)
        return n

    def ref(self, w_obj, flag):
        if flag:
            self.refs_w.append(w_obj)
        return w_obj

    def created(self, w_obj):
        self.created_w.append(w_obj)

    def read_object(self):
        """r_object: the object, or None for TYPE_NULL."""
        code = self.read_byte()
        if code < 0:
            raise oefmt(exc.w_EOFError, "EOF read where object expected")
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise oefmt(exc.w_ValueError, "recursion limit exceeded")
        flag = code & FLAG_REF
        tp = code & ~FLAG_REF
        w_result = self.read_typed(tp, flag)
        self.depth -= 1
        return w_result

    def read_typed(self, tp, flag):
        if tp == TYPE_NULL:
            return None
        if tp == TYPE_NONE:
            return w_None
        if tp == TYPE_STOPITER:
            return exc.w_StopIteration
        if tp == TYPE_ELLIPSIS:
            return w_Ellipsis
        if tp == TYPE_FALSE:
            return w_False
        if tp == TYPE_TRUE:
            return w_True
        if tp == TYPE_INT:
            return self.ref(newint(self.read_long()), flag)
        if tp == TYPE_INT64:
            s = self.read(8)
            x = r_ulonglong(0)
            for i in range(8):
                x |= r_ulonglong(ord(s[i])) << (8 * i)
            return self.ref(newint(intmask(x)), flag)
        if tp == TYPE_LONG:
            return self.ref(self.read_long_obj(), flag)
        if tp == TYPE_FLOAT:
            return self.ref(newfloat(self.read_float_str()), flag)
        if tp == TYPE_BINARY_FLOAT:
            return self.ref(newfloat(self.read_float_bin()), flag)
        if tp == TYPE_COMPLEX:
            re = self.read_float_str()
            im = self.read_float_str()
            return self.ref(W_ComplexObject(re, im), flag)
        if tp == TYPE_BINARY_COMPLEX:
            re = self.read_float_bin()
            im = self.read_float_bin()
            return self.ref(W_ComplexObject(re, im), flag)
        if tp == TYPE_STRING:
            n = self.read_size('bytes object')
            return self.ref(W_BytesObject(self.read(n)), flag)
        if (tp == TYPE_ASCII or tp == TYPE_ASCII_INTERNED or
                tp == TYPE_SHORT_ASCII or tp == TYPE_SHORT_ASCII_INTERNED):
            if tp == TYPE_ASCII or tp == TYPE_ASCII_INTERNED:
                n = self.read_size('string')
            else:
                n = self.read_byte_size()
            s = self.read(n)
            return self.ref(newstr(s.decode('latin-1')), flag)
        if tp == TYPE_UNICODE or tp == TYPE_INTERNED:
            n = self.read_size('string')
            u = u''
            if n != 0:
                u = codecs.decode(self.read(n), 'utf-8', 'surrogatepass')
                assert u is not None
            return self.ref(newstr(u), flag)
        if tp == TYPE_SMALL_TUPLE or tp == TYPE_TUPLE:
            if tp == TYPE_SMALL_TUPLE:
                n = self.read_byte_size()
            else:
                n = self.read_size('tuple')
            return self.read_tuple(n, flag)
        if tp == TYPE_LIST:
            n = self.read_size('list')
            w_list = W_ListObject([])
            self.created(w_list)
            self.ref(w_list, flag)
            for i in range(n):
                w_item = self.read_object()
                if w_item is None:
                    raise oefmt(exc.w_TypeError,
                                "NULL object in marshal data for list")
                w_list.append(w_item)
            return w_list
        if tp == TYPE_DICT:
            w_dict = newdict()
            self.created(w_dict)
            self.ref(w_dict, flag)
            while True:
                w_key = self.read_object()
                if w_key is None:
                    break
                w_value = self.read_object()
                if w_value is None:
                    break
                w_dict.setitem(w_key, w_value)
            return w_dict
        if tp == TYPE_SET or tp == TYPE_FROZENSET:
            n = self.read_size('set')
            index = -1
            if tp == TYPE_SET:
                w_set = W_SetObject()
                self.created(w_set)
                self.ref(w_set, flag)
            else:
                w_set = W_FrozenSetObject()
                self.created(w_set)
                if flag:
                    index = len(self.refs_w)
                    self.refs_w.append(None)    # r_ref_reserve
            for i in range(n):
                w_item = self.read_object()
                if w_item is None:
                    raise oefmt(exc.w_TypeError,
                                "NULL object in marshal data for set")
                w_set.add(w_item)
            if index >= 0:
                self.refs_w[index] = w_set
            return w_set
        if tp == TYPE_REF:
            n = self.read_long()
            if n < 0 or n >= len(self.refs_w) or self.refs_w[n] is None:
                raise oefmt(exc.w_ValueError,
                            "bad marshal data (invalid reference)")
            return self.refs_w[n]
        # TYPE_CODE included: fastpy cannot load CPython code objects
        raise oefmt(exc.w_ValueError, "bad marshal data (unknown type code)")

    def read_tuple(self, n, flag):
        """The tuple is registered before its items, as CPython's (an
        item may refer back to it); its slots are filled in place."""
        items_w = [None] * n
        w_tuple = W_TupleObject(items_w)
        self.created(w_tuple)
        self.ref(w_tuple, flag)
        for i in range(n):
            w_item = self.read_object()
            if w_item is None:
                raise oefmt(exc.w_TypeError,
                            "NULL object in marshal data for tuple")
            refcount.incref(w_item)
            items_w[i] = w_item
        return w_tuple

    def read_long_obj(self):
        """r_PyLong: the size and sign, then 15-bit digits."""
        n = self.read_long()
        if n == 0:
            return newint(0)
        if n < -SIZE32_MAX or n > SIZE32_MAX:
            raise oefmt(exc.w_ValueError,
                        "bad marshal data (long size out of range)")
        count = -n if n < 0 else n
        out = StringBuilder()
        acc = 0
        nbits = 0
        for j in range(count):
            md = self.read_short()
            if md < 0 or md > 32768:
                raise oefmt(exc.w_ValueError,
                            "bad marshal data (digit out of range in long)")
            if md == 0 and j == count - 1:
                raise oefmt(exc.w_ValueError,
                            "bad marshal data (unnormalized long data)")
            acc += md << nbits
            nbits += 15
            while nbits >= 8:
                out.append(chr(acc & 0xff))
                acc >>= 8
                nbits -= 8
        while acc > 0:
            out.append(chr(acc & 0xff))
            acc >>= 8
        big = rbigint.frombytes(out.build(), 'little', False)
        if n < 0:
            big = big.neg()
        return newlong(big)


@jit.dont_look_inside
def loads_w(data, w_file):
    """read_object over bytes or a file.  Every counted object made is
    kept in `created_w` until the end: then each one no other object
    holds is released (the pieces of a failed load, a duplicate dict
    key or set item), and the result is handed over as a temporary."""
    reader = Reader(data, w_file)
    try:
        w_result = reader.read_object()
        if w_result is None:
            raise oefmt(exc.w_TypeError,
                        "NULL object in marshal data for object")
    except OperationError:
        _release_created(reader.created_w, None)
        raise
    _release_created(reader.created_w, w_result)
    return w_result


def _release_created(created_w, w_keep):
    i = len(created_w) - 1
    while i >= 0:
        w_obj = created_w[i]
        if w_obj is not w_keep:
            refcount.discard(w_obj)
        i -= 1


@_publish('loads(bytes, /)', 'marshal.loads')
def marshal_loads(w_bytes):
    """Convert the bytes-like object to a value.

If no valid value is found, raise EOFError, ValueError or TypeError.  Extra
bytes in the input are ignored."""
    return loads_w(bytes_like(w_bytes), None)


@_publish('load(file, /)', 'marshal.load')
def marshal_load(w_file):
    """Read one value from the open file and return it.

  file
    Must be readable binary file.

If no valid value is read (e.g. because the data has a different Python
version's incompatible marshal format), raise EOFError, ValueError or
TypeError.

Note: If an object containing an unsupported type was marshalled with
dump(), load() will substitute None for the unmarshallable type."""
    from fastpy.modules.iobase import call_method
    w_data = call_method(w_file, 'read', [newint(0)])
    try:
        if not isinstance(w_data, W_BytesObject):
            raise oefmt(exc.w_TypeError,
                        "file.read() returned not bytes but %s" %
                        type_name(w_data))
    finally:
        refcount.discard(w_data)
    return loads_w('', w_file)


@module.initializer
def init_marshal(w_dict):
    w_dict.setitem_str('version', newint(VERSION))
