"""Compiling struct format strings (CPython 3.11's prepare_s): byte
order prefix, repeat counts, native alignment, the item count and total
size, with CPython's errors."""

from rpython.rlib.rarithmetic import ovfcheck

from fastpy.interpreter.error import oefmt
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.typeobject import W_TypeObject

# struct.error: a heap type of module 'struct' (PyErr_NewException)
w_struct_error = W_TypeObject('error', exc.w_Exception, is_heaptype=True)
w_struct_error.dict_w['__module__'] = space.newtext('struct')


def struct_error(msg):
    return oefmt(w_struct_error, msg)


NATIVE, LITTLE, BIG = 0, 1, 2

SSIZE_MAX = 2 ** 63 - 1

# char: (native size, native alignment, standard size); 0 = not in table
NATIVE_SIZES = {
    'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4,
    'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'P': 8,
    'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
NATIVE_ALIGN = {
    'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8,
    'n': 8, 'N': 8, 'P': 8, 'e': 2, 'f': 4, 'd': 8}
STD_SIZES = {
    'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4,
    'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8,
    's': 1, 'p': 1}


class Code(object):
    """One item kind of a format: `repeat` items of `size` bytes at
    `offset` (for 's' and 'p': one item of `size` bytes)."""
    _immutable_fields_ = ['char', 'order', 'offset', 'size', 'repeat']

    def __init__(self, char, order, offset, size, repeat):
        self.char = char
        self.order = order
        self.offset = offset
        self.size = size
        self.repeat = repeat


class Format(object):
    _immutable_fields_ = ['text', 'codes[*]', 'size', 'nitems', 'order']

    def __init__(self, text, order, codes, size, nitems):
        self.text = text
        self.order = order
        self.codes = codes
        self.size = size
        self.nitems = nitems


def _is_space(c):
    return c == ' ' or c == '\t' or c == '\n' or c == '\r' or \
        c == '\x0b' or c == '\x0c'


def _overflow():
    return struct_error("total struct size too long")


def _item_size(c, order):
    if order == NATIVE:
        return NATIVE_SIZES.get(c, 0)
    return STD_SIZES.get(c, 0)


def compile_format(text):
    if '\0' in text:
        raise struct_error("embedded null character")
    order = NATIVE
    start = 0
    if len(text) > 0:
        first = text[0]
        if first == '<' or first == '=':
            order = LITTLE
            start = 1
        elif first == '>' or first == '!':
            order = BIG
            start = 1
        elif first == '@':
            start = 1
    codes = []
    size = 0
    nitems = 0
    i = start
    n = len(text)
    while i < n:
        c = text[i]
        i += 1
        if _is_space(c):
            continue
        if '0' <= c <= '9':
            num = ord(c) - 48
            c = '\0'
            while i < n:
                c = text[i]
                i += 1
                if not ('0' <= c <= '9'):
                    break
                d = ord(c) - 48
                if num >= SSIZE_MAX // 10 and (
                        num > SSIZE_MAX // 10 or d > SSIZE_MAX % 10):
                    raise _overflow()
                num = num * 10 + d
                c = '\0'
            if c == '\0':
                raise struct_error("repeat count given without format "
                                   "specifier")
        else:
            num = 1
        itemsize = _item_size(c, order)
        if itemsize == 0:
            raise struct_error("bad char in struct format")
        if order == NATIVE:
            align = NATIVE_ALIGN.get(c, 0)
            if align and size > 0:
                extra = (align - 1) - (size - 1) % align
                if extra > SSIZE_MAX - size:
                    raise _overflow()
                size += extra
        if num > (SSIZE_MAX - size) // itemsize:
            raise _overflow()
        if c == 's' or c == 'p':
            codes.append(Code(c, order, size, num, 1))
            nitems += 1
        elif c == 'x':
            pass
        elif num:
            codes.append(Code(c, order, size, itemsize, num))
            nitems += num
        size += num * itemsize
    return Format(text, order, codes[:], size, nitems)
