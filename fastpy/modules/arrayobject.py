"""array.array: a compact sequence of machine numbers (CPython's
Modules/arraymodule.c semantics and messages, sizes of x86-64 Linux).

The items live unboxed in one RPython list chosen by the typecode's
family: `ints` (b B h H i I l q, the bit patterns of L and Q, and the
code points of 'u') or `floats` (f d; 'f' values are kept rounded to
single precision).  The other list stays empty.  An array holds no
object references: the array object itself is the only counted thing.
The machine representation (tobytes, frombytes, byteswap, the buffer
seen by bytes() and memoryview) is little-endian, made on demand.
"""

from rpython.rlib import jit
from rpython.rlib.longlong2float import float2longlong
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import StringBuilder, UnicodeBuilder
from rpython.rlib.rstruct import ieee
from rpython.rlib.rarithmetic import r_ulonglong

from fastpy.interpreter.error import oefmt
from fastpy.modules.modtypes import module_type, BuiltinIterator
from fastpy.objspace import exceptions as exc
from fastpy.objspace import protocol
from fastpy.objspace import space
from fastpy.objspace.floatobject import W_FloatObject, newfloat
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.longobject import W_LongObject, newlong
from fastpy.objspace.mapdict import make_user_subclass
from fastpy.objspace.root import W_Counted
from fastpy.objspace.slots import publish
from fastpy.objspace.strobject import W_StrObject, newstr

w_array_type = module_type('array', 'array')
w_arrayiter_type = module_type('arrayiterator', 'array')

TYPECODES = 'bBuhHiIlLqQfd'

KIND_INT = 0        # fits a machine int: b B h H i I l q
KIND_U64 = 1        # L Q: the 64-bit pattern in a machine int
KIND_FLOAT = 2      # f d
KIND_UNICODE = 3    # u: code points (wchar_t, 4 bytes)

C_LONG = "Python int too large to convert to C long"
C_ULONG = "Python int too large to convert to C unsigned long"
NEG_UINT = "can't convert negative value to unsigned int"
TOO_BIG = "int too big to convert"
NEG_ULL = "can't convert negative int to unsigned"
MAXINT = 2 ** 63 - 1
MININT = -2 ** 63


class TypeCode(object):
    """What one typecode stores and how its items convert."""
    _immutable_fields_ = ['code', 'itemsize', 'kind', 'signed', 'lo', 'hi',
                          'lo_msg', 'hi_msg', 'big_msg', 'neg_big_msg']

    def __init__(self, code, itemsize, kind, signed, lo=MININT, hi=MAXINT,
                 lo_msg='', hi_msg='', big_msg='', neg_big_msg=''):
        self.code = code
        self.itemsize = itemsize
        self.kind = kind
        self.signed = signed
        self.lo = lo                # range of machine ints, with messages
        self.hi = hi
        self.lo_msg = lo_msg
        self.hi_msg = hi_msg
        self.big_msg = big_msg      # for ints beyond a machine word
        self.neg_big_msg = neg_big_msg


def _int_code(code, size, signed, name_lo, name_hi, big, neg_big=''):
    if signed:
        lo, hi = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
    else:
        lo, hi = 0, (1 << (8 * size)) - 1
    return TypeCode(code, size, KIND_INT, signed, lo, hi,
                    name_lo, name_hi, big, neg_big or big)


def _bounded(name):
    return name + " is less than minimum", name + " is greater than maximum"


TC_b = _int_code('b', 1, True, *(_bounded("signed char") + (C_LONG,)))
TC_B = _int_code('B', 1, False,
                 *(_bounded("unsigned byte integer") + (C_LONG,)))
TC_h = _int_code('h', 2, True,
                 *(_bounded("signed short integer") + (C_LONG,)))
TC_H = _int_code('H', 2, False, *(_bounded("unsigned short") + (C_LONG,)))
TC_i = _int_code('i', 4, True, *(_bounded("signed integer") + (C_LONG,)))
TC_I = _int_code('I', 4, False, NEG_UINT,
                 "unsigned int is greater than maximum", C_ULONG, NEG_UINT)
TC_l = TypeCode('l', 8, KIND_INT, True, big_msg=C_LONG, neg_big_msg=C_LONG)
TC_q = TypeCode('q', 8, KIND_INT, True, big_msg=TOO_BIG,
                neg_big_msg=TOO_BIG)
TC_L = TypeCode('L', 8, KIND_U64, False, lo=0, lo_msg=NEG_UINT,
                big_msg=C_ULONG, neg_big_msg=NEG_UINT)
TC_Q = TypeCode('Q', 8, KIND_U64, False, lo=0, lo_msg=NEG_ULL,
                big_msg=TOO_BIG, neg_big_msg=NEG_ULL)
TC_f = TypeCode('f', 4, KIND_FLOAT, True)
TC_d = TypeCode('d', 8, KIND_FLOAT, True)
TC_u = TypeCode('u', 4, KIND_UNICODE, False)

ALL_CODES = [TC_b, TC_B, TC_u, TC_h, TC_H, TC_i, TC_I, TC_l, TC_L, TC_q,
             TC_Q, TC_f, TC_d]


def find_typecode(c):
    for tc in ALL_CODES:
        if tc.code == c:
            return tc
    return None


# ---------------------------------------------------------------- items

def _as_int_object(w_value):
    """An int object for an item of an integer array (the index
    protocol); CPython's TypeError otherwise."""
    if isinstance(w_value, W_IntObject) or isinstance(w_value,
                                                      W_LongObject):
        return w_value
    if w_value.is_user:
        w_index = protocol.index(w_value)
        if w_index is not None:
            return w_index
    raise oefmt(exc.w_TypeError,
                "'%s' object cannot be interpreted as an integer" %
                space.type_name(w_value))


def int_item(tc, w_value):
    """The stored int of w_value for integer typecode tc."""
    w_int = _as_int_object(w_value)
    if isinstance(w_int, W_LongObject):
        big = w_int.bigval
        if big.sign < 0:
            raise oefmt(exc.w_OverflowError, tc.neg_big_msg)
        if tc.kind == KIND_U64:
            try:
                return intmask(big.touint())
            except (OverflowError, ValueError):
                pass
        raise oefmt(exc.w_OverflowError, tc.big_msg)
    assert isinstance(w_int, W_IntObject)
    v = w_int.intval
    if v < tc.lo:
        raise oefmt(exc.w_OverflowError, tc.lo_msg)
    if v > tc.hi:
        raise oefmt(exc.w_OverflowError, tc.hi_msg)
    return v


INF_BITS_F = r_ulonglong(0x7f800000)


def single_bits(x):
    """The bits of (float)x, a C cast: too big rounds to infinity."""
    try:
        return ieee.float_pack(x, 4)
    except OverflowError:
        bits = INF_BITS_F
        if x < 0.0:
            bits |= r_ulonglong(1) << 31
        return bits


def float_item(tc, w_value):
    x = space.float_w(w_value)
    if tc.code == 'f':
        return ieee.float_unpack(single_bits(x), 4)
    return x


def unicode_item(w_value):
    if isinstance(w_value, W_StrObject) and len(w_value.value) == 1:
        return ord(w_value.value[0])
    raise oefmt(exc.w_TypeError, "array item must be unicode character")


def check_code_point(code):
    if code < 0 or code > 0x10ffff:
        raise oefmt(exc.w_ValueError, "character U+%s is not in range "
                    "[U+0000; U+10ffff]" % _hex(code))


def _hex(code):
    digits = '0123456789abcdef'
    v = r_uint(code) & r_uint(0xffffffff)
    s = ''
    while True:
        s = digits[intmask(v & r_uint(15))] + s
        v = v >> 4
        if v == 0:
            break
    return s


# ---------------------------------------------------------------- the array

class W_Array(W_Counted):
    _attrs_ = ['tc', 'ints', 'floats']
    _immutable_fields_ = ['tc']

    def __init__(self, tc):
        self.tc = tc
        self.ints = []
        self.floats = []

    def gettype(self):
        return w_array_type

    def referents(self):
        return []

    def release_children(self):
        pass

    def is_float(self):
        return jit.promote(self.tc).kind == KIND_FLOAT

    def length(self):
        if self.is_float():
            return len(self.floats)
        return len(self.ints)

    # -- items as objects

    def item_w(self, i):
        """Item i (0 <= i < length) as a new object."""
        tc = jit.promote(self.tc)
        if tc.kind == KIND_INT:
            return newint(self.ints[i])
        if tc.kind == KIND_FLOAT:
            return newfloat(self.floats[i])
        if tc.kind == KIND_U64:
            return wrap_u64(self.ints[i])
        code = self.ints[i]
        if code < 0 or code > 0x10ffff:
            raise oefmt(exc.w_ValueError, "chr() arg not in range(0x110000)")
        return newstr(unichr(code))

    def items_w(self):
        return [self.item_w(i) for i in range(self.length())]

    def append_w(self, w_value):
        tc = jit.promote(self.tc)
        if tc.kind == KIND_FLOAT:
            self.floats.append(float_item(tc, w_value))
        elif tc.kind == KIND_UNICODE:
            self.ints.append(unicode_item(w_value))
        else:
            self.ints.append(int_item(tc, w_value))

    def set_w(self, i, w_value):
        tc = jit.promote(self.tc)
        if tc.kind == KIND_FLOAT:
            self.floats[i] = float_item(tc, w_value)
        elif tc.kind == KIND_UNICODE:
            self.ints[i] = unicode_item(w_value)
        else:
            self.ints[i] = int_item(tc, w_value)

    def new_like(self):
        """An empty exact array of the same typecode."""
        return W_Array(self.tc)

    def copy_range(self, start, stop):
        assert start >= 0 and stop >= start
        w_new = self.new_like()
        if self.is_float():
            w_new.floats = self.floats[start:stop]
        else:
            w_new.ints = self.ints[start:stop]
        return w_new

    def extend_array(self, w_other):
        """Append the items of an array of the same typecode."""
        if self.is_float():
            self.floats.extend(w_other.floats[:])
        else:
            self.ints.extend(w_other.ints[:])

    def delete_range(self, start, stop):
        assert start >= 0 and stop >= start
        if self.is_float():
            del self.floats[start:stop]
        else:
            del self.ints[start:stop]

    def insert_from(self, index, w_other):
        """Insert the items of w_other (same typecode) at index."""
        assert index >= 0
        if self.is_float():
            self.floats = (self.floats[:index] + w_other.floats +
                           self.floats[index:])
        else:
            self.ints = self.ints[:index] + w_other.ints + self.ints[index:]

    def repeat(self, n):
        w_new = self.new_like()
        if n > 0:
            if self.is_float():
                w_new.floats = self.floats * n
            else:
                w_new.ints = self.ints * n
        return w_new

    def clear(self):
        self.ints = []
        self.floats = []

    # -- the machine representation (little-endian)

    def tobytes(self):
        tc = self.tc
        size = tc.itemsize
        b = StringBuilder(self.length() * size)
        if tc.kind == KIND_FLOAT:
            for x in self.floats:
                if size == 4:
                    bits = r_uint(single_bits(x))
                else:
                    bits = r_uint(float2longlong(x))
                _put(b, bits, size)
        else:
            for v in self.ints:
                _put(b, r_uint(v), size)
        return b.build()

    def frombytes(self, s):
        tc = self.tc
        size = tc.itemsize
        if len(s) % size != 0:
            raise oefmt(exc.w_ValueError,
                        "bytes length not a multiple of item size")
        n = len(s) // size
        if tc.kind == KIND_FLOAT:
            for k in range(n):
                bits = _get(s, k * size, size)
                x = ieee.float_unpack(r_ulonglong(bits), size)
                self.floats.append(x)
        else:
            shift = 64 - 8 * size
            for k in range(n):
                bits = _get(s, k * size, size)
                if tc.signed and shift > 0:
                    v = intmask(bits << shift) >> shift
                else:
                    v = intmask(bits)
                self.ints.append(v)

    def byteswap(self):
        size = self.tc.itemsize
        if size == 1:
            return
        s = self.tobytes()
        b = StringBuilder(len(s))
        for k in range(len(s) // size):
            for j in range(size - 1, -1, -1):
                b.append(s[k * size + j])
        self.clear()
        self.frombytes(b.build())

    def tounicode(self):
        b = UnicodeBuilder(len(self.ints))
        for code in self.ints:
            check_code_point(code)
            b.append(unichr(code))
        return b.build()

    def sp_buffer(self):
        return self.tobytes()

    # -- generic operations (root.py)

    def sp_len(self):
        return self.length()

    def sp_bool(self):
        return 1 if self.length() > 0 else 0

    def sp_hash(self):
        raise oefmt(exc.w_TypeError, "unhashable type: 'array.array'")

    def sp_iter(self):
        return W_ArrayIterator(self)

    def sp_repr(self):
        name = space.type_name(self).decode('utf-8')
        code = unicode(self.tc.code)
        if self.length() == 0:
            return name + u"('" + code + u"')"
        if self.tc.kind == KIND_UNICODE:
            w_items = newstr(self.tounicode())
        else:
            from fastpy.objspace.listobject import newlist
            w_items = newlist(self.items_w())
        try:
            text = space.repr_u(w_items)
        finally:
            from fastpy.objspace import refcount
            refcount.discard(w_items)
        return name + u"('" + code + u"', " + text + u")"

    def sp_contains(self, w_item):
        return 1 if self.find(w_item, 0, self.length()) >= 0 else 0

    def find(self, w_value, start, stop):
        """The first index in [start, stop) of an item == w_value, or -1."""
        tc = jit.promote(self.tc)
        i = start
        if (tc.kind == KIND_INT and isinstance(w_value, W_IntObject) and
                not w_value.is_user):
            v = w_value.intval
            while i < stop and i < len(self.ints):
                if self.ints[i] == v:
                    return i
                i += 1
            return -1
        if (tc.kind == KIND_FLOAT and isinstance(w_value, W_FloatObject)
                and not w_value.is_user):
            x = w_value.floatval
            while i < stop and i < len(self.floats):
                if self.floats[i] == x:
                    return i
                i += 1
            return -1
        while i < stop and i < self.length():
            if space.eq_w(self.item_w(i), w_value):
                return i
            i += 1
        return -1

    def index_arg(self, w_index):
        """An int index: the index protocol, else CPython's TypeError."""
        if isinstance(w_index, W_IntObject) or isinstance(w_index,
                                                          W_LongObject):
            return space.index_w_builtin(w_index)
        if w_index.is_user:
            w_i = protocol.index(w_index)
            if w_i is not None:
                return space.index_w_builtin(w_i)
        raise oefmt(exc.w_TypeError, "array indices must be integers")

    def sp_getitem(self, w_index):
        from fastpy.objspace.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            return self.getslice(w_index)
        i = self.index_arg(w_index)
        n = self.length()
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise oefmt(exc.w_IndexError, "array index out of range")
        return self.item_w(i)

    def getslice(self, w_slice):
        start, stop, step, n = space.slice_indices(w_slice, self.length())
        if step == 1:
            if n <= 0:
                return self.new_like()
            return self.copy_range(start, start + n)
        w_new = self.new_like()
        if self.is_float():
            w_new.floats = [self.floats[start + k * step] for k in range(n)]
        else:
            w_new.ints = [self.ints[start + k * step] for k in range(n)]
        return w_new

    def sp_setitem(self, w_index, w_value):
        from fastpy.objspace.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            self.setslice(w_index, w_value)
            return True
        i = self.index_arg(w_index)
        n = self.length()
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise oefmt(exc.w_IndexError, "array assignment index out of "
                        "range")
        self.set_w(i, w_value)
        return True

    def sp_delitem(self, w_index):
        from fastpy.objspace.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            self.delslice(w_index)
            return True
        i = self.index_arg(w_index)
        n = self.length()
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise oefmt(exc.w_IndexError, "array assignment index out of "
                        "range")
        self.delete_range(i, i + 1)
        return True

    def setslice(self, w_slice, w_value):
        if not isinstance(w_value, W_Array):
            raise oefmt(exc.w_TypeError, 'can only assign array (not "%s") '
                        'to array slice' % space.type_name(w_value))
        if w_value.tc is not self.tc:
            raise oefmt(exc.w_TypeError,
                        "bad argument type for built-in operation")
        if w_value is self:
            w_value = self.copy_range(0, self.length())
        start, stop, step, n = space.slice_indices(w_slice, self.length())
        needed = w_value.length()
        if step == 1:
            if stop < start:
                stop = start
            self.delete_range(start, stop)
            self.insert_from(start, w_value)
            return
        if needed == 0:
            self.delslice(w_slice)
            return
        if needed != n:
            raise oefmt(exc.w_ValueError, "attempt to assign array of size "
                        "%d to extended slice of size %d" % (needed, n))
        for k in range(n):
            j = start + k * step
            if self.is_float():
                self.floats[j] = w_value.floats[k]
            else:
                self.ints[j] = w_value.ints[k]

    def delslice(self, w_slice):
        start, stop, step, n = space.slice_indices(w_slice, self.length())
        if n <= 0:
            return
        if step == 1:
            self.delete_range(start, start + n)
            return
        if step < 0:            # the same positions, walked upwards
            start = start + (n - 1) * step
            step = -step
        length = self.length()
        keep = []
        k = 0
        for i in range(length):
            if k < n and i == start + k * step:
                k += 1
            else:
                keep.append(i)
        if self.is_float():
            self.floats = [self.floats[i] for i in keep]
        else:
            self.ints = [self.ints[i] for i in keep]

    def sp_eq(self, w_other):
        if not isinstance(w_other, W_Array):
            return -1
        return 1 if compare(self, space.CMP_EQ, w_other) else 0

    def sp_compare(self, op, w_other):
        if not isinstance(w_other, W_Array):
            return -1
        return 1 if compare(self, op, w_other) else 0

    def sp_binop(self, op, w_other, inplace):
        if op == space.OP_ADD:
            if not isinstance(w_other, W_Array):
                if _has_reflected(w_other, '__radd__'):
                    return None
                if inplace:
                    raise oefmt(exc.w_TypeError, 'can only extend array '
                                'with array (not "%s")' %
                                space.type_name(w_other))
                raise oefmt(exc.w_TypeError, 'can only append array (not '
                            '"%s") to array' % space.type_name(w_other))
            if w_other.tc is not self.tc:
                if inplace:
                    raise oefmt(exc.w_TypeError,
                                "can only extend with array of same kind")
                raise oefmt(exc.w_TypeError,
                            "bad argument type for built-in operation")
            if inplace:
                self.extend_array(w_other)
                return self
            w_new = self.copy_range(0, self.length())
            w_new.extend_array(w_other)
            return w_new
        if op == space.OP_MUL:
            n = self.repeat_count(w_other)
            if n < -1:
                return None
            from fastpy.objspace import sizelimits
            sizelimits.check_repeat(self.length(), n, self.tc.itemsize, '')
            w_new = self.repeat(n)
            if inplace:
                self.ints = w_new.ints
                self.floats = w_new.floats
                return self
            return w_new
        return None

    def repeat_count(self, w_other):
        """The n of array * n; -2 when w_other has a reflected __mul__."""
        from fastpy.objspace import sizelimits
        if space.is_int(w_other):
            return max(sizelimits.repeat_count(w_other), 0)
        if _has_reflected(w_other, '__rmul__'):
            return -2
        if w_other.is_user:
            w_i = protocol.index(w_other)
            if w_i is not None:
                return max(sizelimits.repeat_count(w_i), 0)
        raise oefmt(exc.w_TypeError, "can't multiply sequence by non-int "
                    "of type '%s'" % space.type_name(w_other))

    def sp_rbinop(self, op, w_other):
        if op == space.OP_MUL and space.is_int(w_other):
            return self.sp_binop(op, w_other, False)
        return None


def _has_reflected(w_obj, name):
    return w_obj.is_user and w_obj.gettype().lookup(name) is not None


def _put(b, bits, size):
    for k in range(size):
        b.append(chr(intmask((bits >> (8 * k)) & r_uint(0xff))))


def _get(s, pos, size):
    bits = r_uint(0)
    for k in range(size - 1, -1, -1):
        bits = (bits << 8) | r_uint(ord(s[pos + k]))
    return bits


def wrap_u64(v):
    if v >= 0:
        return newint(v)
    return newlong(rbigint.fromrarith_int(r_uint(v)))


def _same_family_lt(tc, a, b):
    if tc.kind == KIND_U64:
        return r_uint(a) < r_uint(b)
    return a < b


def compare(w_a, op, w_b):
    """Sequence comparison of two arrays (CPython's array_richcompare)."""
    la = w_a.length()
    lb = w_b.length()
    if la != lb and (op == space.CMP_EQ or op == space.CMP_NE):
        return op == space.CMP_NE
    n = min(la, lb)
    tc = w_a.tc
    if tc is w_b.tc and tc.kind == KIND_FLOAT:
        for i in range(n):
            x = w_a.floats[i]
            y = w_b.floats[i]
            if not x == y:
                return _order_float(op, x, y)
    elif tc is w_b.tc:
        for i in range(n):
            x = w_a.ints[i]
            y = w_b.ints[i]
            if x != y:
                if op == space.CMP_EQ:
                    return False
                if op == space.CMP_NE:
                    return True
                lt = _same_family_lt(tc, x, y)
                if op == space.CMP_LT or op == space.CMP_LE:
                    return lt
                return not lt
    else:
        for i in range(n):
            w_x = w_a.item_w(i)
            w_y = w_b.item_w(i)
            if not space.eq_w(w_x, w_y):
                if op == space.CMP_EQ:
                    return False
                if op == space.CMP_NE:
                    return True
                return space.compare_w(op, w_x, w_y)
    if op == space.CMP_EQ:
        return la == lb
    if op == space.CMP_NE:
        return la != lb
    if op == space.CMP_LT:
        return la < lb
    if op == space.CMP_LE:
        return la <= lb
    if op == space.CMP_GT:
        return la > lb
    return la >= lb


def _order_float(op, x, y):
    if op == space.CMP_EQ:
        return x == y
    if op == space.CMP_NE:
        return x != y
    if op == space.CMP_LT:
        return x < y
    if op == space.CMP_LE:
        return x <= y
    if op == space.CMP_GT:
        return x > y
    return x >= y


W_UserArray = make_user_subclass(W_Array)


def new_array(w_cls, user, tc):
    """An empty array of typecode tc, of type w_cls (a subclass if
    user)."""
    if user:
        from fastpy.objspace.typeobject import W_TypeObject
        w_res = W_UserArray(tc)
        assert isinstance(w_cls, W_TypeObject)
        w_res.init_map(w_cls)
        return w_res
    return W_Array(tc)


class W_ArrayIterator(BuiltinIterator):
    _attrs_ = ['w_array', 'index']

    def __init__(self, w_array):
        from fastpy.objspace import refcount
        self.w_array = w_array
        refcount.incref(w_array)
        self.index = 0

    def gettype(self):
        return w_arrayiter_type

    def referents(self):
        return [self.w_array]

    def release_children(self):
        from fastpy.objspace import refcount
        w_array = self.w_array
        self.w_array = None
        refcount.decref(w_array)

    def sp_next(self):
        w_array = self.w_array
        if w_array is None:
            return None
        if self.index >= w_array.length():
            from fastpy.objspace import refcount
            self.w_array = None
            refcount.decref(w_array)
            return None
        w_item = w_array.item_w(self.index)
        self.index += 1
        return w_item


publish(w_arrayiter_type, ['__iter__', '__next__'])
