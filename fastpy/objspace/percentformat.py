"""printf-style formatting: `str % args` and `bytes % args`, as CPython
3.11's PyUnicode_Format (Objects/unicodeobject.c) and _PyBytes_FormatEx:
%s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %% (and %b for bytes),
flags '#0- +', width and precision (also '*'), %(key)s mapping keys,
one argument or a tuple of them, CPython's messages.

Values looked up by %(key) may be temporaries; they are discarded at
the end.  The result is a fresh str (or bytes).
"""

from rpython.rlib.rstring import UnicodeBuilder

from fastpy.interpreter.error import oefmt
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.intobject import W_IntObject
from fastpy.objspace.longobject import W_LongObject, newlong
from fastpy.objspace.floatobject import W_FloatObject
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.tupleobject import W_TupleObject
from fastpy.objspace.formatspec import (int_digits, float_to_string,
                                        ascii_u)

F_LJUST, F_SIGN, F_BLANK, F_ALT, F_ZERO = 1, 2, 4, 8, 16
INT_MAX = 2 ** 31 - 1
MAXSIZE = 2 ** 63 - 1


class _Ctx(object):
    def __init__(self, fmt, w_args, is_bytes):
        from fastpy.objspace.listobject import W_ListObject
        from fastpy.objspace.dictobject import W_DictObject
        from fastpy.objspace.rangeobject import W_RangeObject
        self.fmt = fmt
        self.pos = 0
        self.is_bytes = is_bytes
        self.w_args = w_args
        if isinstance(w_args, W_TupleObject):
            self.arglen = len(w_args.items_w)
            self.argidx = 0
        else:
            self.arglen = -1
            self.argidx = -2
        # PyMapping_Check: anything with __getitem__ but a tuple or str
        self.w_dict = None
        if (isinstance(w_args, W_DictObject) or
                isinstance(w_args, W_ListObject) or
                isinstance(w_args, W_RangeObject) or
                (isinstance(w_args, W_BytesObject) and not is_bytes) or
                (isinstance(w_args, W_StrObject) and is_bytes)):
            self.w_dict = w_args
        self.temps = []

    def next_arg(self):
        argidx = self.argidx
        if argidx < self.arglen:
            self.argidx += 1
            if self.arglen < 0:
                return self.w_args
            w_tuple = self.w_args
            assert isinstance(w_tuple, W_TupleObject)
            return w_tuple.items_w[argidx]
        raise oefmt(exc.w_TypeError, "not enough arguments for format string")


def format_str(fmt, w_args):
    """fmt % w_args for a str fmt (unicode) -> unicode."""
    ctx = _Ctx(fmt, w_args, False)
    try:
        return _format(ctx)
    finally:
        _discard_temps(ctx)


def format_bytes(fmt, w_args):
    """fmt % w_args for bytes: fmt as a unicode of chars 0..255, result
    likewise."""
    ctx = _Ctx(fmt, w_args, True)
    try:
        return _format(ctx)
    finally:
        _discard_temps(ctx)


def _discard_temps(ctx):
    i = len(ctx.temps) - 1
    while i >= 0:
        refcount.discard(ctx.temps[i])
        i -= 1


def _format(ctx):
    fmt = ctx.fmt
    n = len(fmt)
    b = UnicodeBuilder(n)
    while ctx.pos < n:
        start = ctx.pos
        while ctx.pos < n and fmt[ctx.pos] != u'%':
            ctx.pos += 1
        if ctx.pos > start:
            b.append_slice(fmt, start, ctx.pos)
            continue
        ctx.pos += 1        # the '%'
        _format_arg(ctx, b)
    if ctx.argidx < ctx.arglen and ctx.w_dict is None:
        if ctx.is_bytes:
            raise oefmt(exc.w_TypeError, "not all arguments converted "
                        "during bytes formatting")
        raise oefmt(exc.w_TypeError,
                    "not all arguments converted during string formatting")
    return b.build()


def _read(ctx):
    """The next format char, or u'\\0' past the end (fmtcnt < 0)."""
    if ctx.pos < len(ctx.fmt):
        c = ctx.fmt[ctx.pos]
        ctx.pos += 1
        return c
    ctx.pos += 1
    return u'\0'


def _star_arg(ctx, is_prec):
    """A '*' width (a C ssize_t) or precision (a C int)."""
    w_v = ctx.next_arg()
    if not (isinstance(w_v, W_IntObject) or isinstance(w_v, W_LongObject)):
        raise oefmt(exc.w_TypeError, "* wants int")
    if is_prec and (not isinstance(w_v, W_IntObject) or
                    not (-INT_MAX - 1 <= w_v.intval <= INT_MAX)):
        raise oefmt(exc.w_OverflowError,
                    "Python int too large to convert to C int")
    if not isinstance(w_v, W_IntObject):
        raise oefmt(exc.w_OverflowError,
                    "Python int too large to convert to C ssize_t")
    return w_v.intval


def _format_arg(ctx, b):
    from fastpy.objspace import space
    fmt = ctx.fmt
    n = len(fmt)
    if ctx.pos < n and fmt[ctx.pos] == u'%':
        ctx.pos += 1
        b.append(u'%')
        return
    flags = 0
    width = -1
    prec = -1
    # %(key)
    if ctx.pos < n and fmt[ctx.pos] == u'(':
        if ctx.w_dict is None:
            raise oefmt(exc.w_TypeError, "format requires a mapping")
        ctx.pos += 1
        keystart = ctx.pos
        pcount = 1
        while pcount > 0 and ctx.pos < n:
            c = fmt[ctx.pos]
            if c == u')':
                pcount -= 1
            elif c == u'(':
                pcount += 1
            ctx.pos += 1
        if pcount > 0:
            raise oefmt(exc.w_ValueError, "incomplete format key")
        keyend = ctx.pos - 1
        assert keystart >= 0 and keyend >= keystart
        key = fmt[keystart:keyend]
        if ctx.is_bytes:
            w_key = _newbytes(key)
        else:
            w_key = newstr(key)
        w_value = space.getitem(ctx.w_dict, w_key)
        ctx.temps.append(w_value)
        ctx.w_args = w_value
        ctx.arglen = -1
        ctx.argidx = -2
    # flags
    c = _read(ctx)
    while True:
        if c == u'-':
            flags |= F_LJUST
        elif c == u'+':
            flags |= F_SIGN
        elif c == u' ':
            flags |= F_BLANK
        elif c == u'#':
            flags |= F_ALT
        elif c == u'0':
            flags |= F_ZERO
        else:
            break
        c = _read(ctx)
    # width
    if c == u'*':
        width = _star_arg(ctx, False)
        if width < 0:
            flags |= F_LJUST
            width = -width
        c = _read(ctx)
    elif u'0' <= c <= u'9':
        width = ord(c) - ord('0')
        while True:
            c = _read(ctx)
            if not (u'0' <= c <= u'9'):
                break
            digit = ord(c) - ord('0')
            if width > (MAXSIZE - digit) // 10:
                raise oefmt(exc.w_ValueError, "width too big")
            width = width * 10 + digit
    # precision
    if c == u'.':
        prec = 0
        c = _read(ctx)
        if c == u'*':
            prec = _star_arg(ctx, True)
            if prec < 0:
                prec = 0
            c = _read(ctx)
        elif u'0' <= c <= u'9':
            prec = ord(c) - ord('0')
            while True:
                c = _read(ctx)
                if not (u'0' <= c <= u'9'):
                    break
                digit = ord(c) - ord('0')
                if prec > (INT_MAX - digit) // 10:
                    raise oefmt(exc.w_ValueError, "precision too big")
                prec = prec * 10 + digit
    if ctx.pos <= n and (c == u'h' or c == u'l' or c == u'L'):
        c = _read(ctx)
    if ctx.pos > n:
        raise oefmt(exc.w_ValueError, "incomplete format")
    _format_value(ctx, b, c, flags, width, prec)
    if ctx.w_dict is not None and ctx.argidx < ctx.arglen:
        raise oefmt(exc.w_TypeError,
                    "not all arguments converted during string formatting")


def _newbytes(u):
    chars = [chr(ord(ch)) for ch in u]
    return W_BytesObject(''.join(chars))


def unicode_to_bytes(u):
    chars = [chr(ord(ch) & 0xFF) for ch in u]
    return ''.join(chars)


def bytes_to_unicode(s):
    return _bytes_u(s)


def _bytes_u(s):
    b = UnicodeBuilder(len(s))
    for ch in s:
        b.append(unichr(ord(ch)))
    return b.build()


def _format_value(ctx, b, c, flags, width, prec):
    from fastpy.objspace import space
    w_v = ctx.next_arg()
    numeric = False
    if c == u's' or c == u'r' or c == u'a' or (ctx.is_bytes and c == u'b'):
        if ctx.is_bytes:
            s = _bytes_conversion(w_v, c)
        elif c == u's':
            s = space.str_u(w_v)
        elif c == u'r':
            s = space.repr_u(w_v)
        else:
            s = ascii_u(w_v)
    elif (c == u'd' or c == u'i' or c == u'u' or c == u'o' or c == u'x' or
            c == u'X'):
        s = _format_long(w_v, c, flags, prec)
        numeric = True
    elif (c == u'e' or c == u'E' or c == u'f' or c == u'F' or c == u'g' or
            c == u'G'):
        if isinstance(w_v, W_FloatObject) and not w_v.is_user:
            f = w_v.floatval
        elif (isinstance(w_v, W_IntObject) or isinstance(w_v, W_LongObject)
              or w_v.is_user):
            f = space.float_w(w_v)      # __float__ or __index__
        elif ctx.is_bytes:
            raise oefmt(exc.w_TypeError, "float argument required, not %s" %
                        space.type_name(w_v))
        else:
            raise oefmt(exc.w_TypeError, "must be real number, not %s" %
                        space.type_name(w_v))
        if prec < 0:
            prec = 6
        s = float_to_string(f, chr(ord(c)), prec, (flags & F_ALT) != 0,
                            False, False).decode('ascii')
        numeric = True
    elif c == u'c':
        s = _format_char(ctx, w_v)
    else:
        code = ord(c)
        shown = chr(code) if 31 <= code <= 126 else '?'
        raise oefmt(exc.w_ValueError, "unsupported format character '%s' "
                    "(0x%x) at index %d" % (shown, code, ctx.pos - 1))
    _output(b, s, c, flags, width, prec, numeric)


def _bytes_conversion(w_v, c):
    from fastpy.objspace import space
    if c == u's' or c == u'b':
        from fastpy.objspace.bytesmethods import (buffer_or_none,
                                                  call_dunder_bytes)
        if isinstance(w_v, W_BytesObject):
            return _bytes_u(w_v.value)
        s = buffer_or_none(w_v)
        if s is not None:
            return _bytes_u(s)
        w_res = call_dunder_bytes(w_v)
        if w_res is not None:
            assert isinstance(w_res, W_BytesObject)
            u = _bytes_u(w_res.value)
            refcount.discard(w_res)
            return u
        raise oefmt(exc.w_TypeError, "%%b requires a bytes-like object, or "
                    "an object that implements __bytes__, not '%s'" %
                    space.type_name(w_v))
    return ascii_u(w_v)


def _format_char(ctx, w_v):
    if ctx.is_bytes:
        if isinstance(w_v, W_BytesObject) and len(w_v.value) == 1:
            return unichr(ord(w_v.value[0]))
        from fastpy.objspace.bytearrayobject import W_BytearrayObject
        if isinstance(w_v, W_BytearrayObject):
            one = w_v.as_str()
            if len(one) == 1:
                return unichr(ord(one[0]))
        if isinstance(w_v, W_IntObject):
            if 0 <= w_v.intval < 256:
                return unichr(w_v.intval)
            raise oefmt(exc.w_OverflowError,
                        "%c arg not in range(256)")
        if isinstance(w_v, W_LongObject):
            raise oefmt(exc.w_OverflowError, "%c arg not in range(256)")
        raise oefmt(exc.w_TypeError,
                    "%c requires an integer in range(256) or a single byte")
    if isinstance(w_v, W_StrObject):
        if len(w_v.value) == 1:
            return w_v.value
        raise oefmt(exc.w_TypeError, "%c requires int or char")
    if isinstance(w_v, W_IntObject):
        if 0 <= w_v.intval <= 0x10ffff:
            return unichr(w_v.intval)
        raise oefmt(exc.w_OverflowError, "%c arg not in range(0x110000)")
    if isinstance(w_v, W_LongObject):
        raise oefmt(exc.w_OverflowError, "%c arg not in range(0x110000)")
    raise oefmt(exc.w_TypeError, "%c requires int or char")


def _format_long(w_v, c, flags, prec):
    """_PyUnicode_FormatLong: [-][0x]digits, digits zero-padded to prec."""
    from fastpy.objspace import space
    if isinstance(w_v, W_FloatObject):
        if c == u'o' or c == u'x' or c == u'X':
            raise oefmt(exc.w_TypeError,
                        "%%%s format: an integer is required, not float" %
                        chr(ord(c)))
        from fastpy.objspace.intmethods import int_from_float
        w_v = int_from_float(w_v.floatval)
    elif not (isinstance(w_v, W_IntObject) or isinstance(w_v, W_LongObject)):
        if c == u'o' or c == u'x' or c == u'X':
            raise oefmt(exc.w_TypeError,
                        "%%%s format: an integer is required, not %s" %
                        (chr(ord(c)), space.type_name(w_v)))
        raise oefmt(exc.w_TypeError,
                    "%%%s format: a real number is required, not %s" %
                    (chr(ord(c)), space.type_name(w_v)))
    base = 10
    prefix = ''
    if c == u'o':
        base = 8
        prefix = '0o'
    elif c == u'x':
        base = 16
        prefix = '0x'
    elif c == u'X':
        base = 16
        prefix = '0X'
    if prec > INT_MAX - 3:
        raise oefmt(exc.w_OverflowError, "precision too large")
    negative, digits = int_digits(w_v, base)
    if c == u'X':
        digits = digits.upper()
    if prec > len(digits):
        digits = '0' * (prec - len(digits)) + digits
    if not (flags & F_ALT):
        prefix = ''
    s = prefix + digits
    if negative:
        s = '-' + s
    return s.decode('ascii')


def _output(b, s, c, flags, width, prec, numeric):
    """unicode_format_arg_output: truncation, sign, prefix, padding."""
    length = len(s)
    if c == u's' or c == u'r' or c == u'a' or c == u'b':
        if prec >= 0 and length > prec:
            length = prec
    fill = u'0' if flags & F_ZERO else u' '
    pindex = 0
    signchar = u'\0'
    sign = numeric
    if sign:
        ch = s[0]
        if ch == u'-' or ch == u'+':
            signchar = ch
            length -= 1
            pindex = 1
        elif flags & F_SIGN:
            signchar = u'+'
        elif flags & F_BLANK:
            signchar = u' '
        else:
            sign = False
    if width < length:
        width = length
    if signchar != u'\0':
        if fill != u' ':
            b.append(signchar)
        if width > length:
            width -= 1
    alt_prefix = (flags & F_ALT) != 0 and (c == u'x' or c == u'X' or
                                           c == u'o')
    if alt_prefix:
        if fill != u' ':
            b.append(u'0')
            b.append(chr(ord(c)).decode('ascii'))
            pindex += 2
        width -= 2
        if width < 0:
            width = 0
        length -= 2
    if width > length and not (flags & F_LJUST):
        b.append_multiple_char(fill, width - length)
        width = length
    if fill == u' ':
        if signchar != u'\0':
            b.append(signchar)
        if alt_prefix:
            b.append(u'0')
            b.append(chr(ord(c)).decode('ascii'))
            pindex += 2
    if length > 0:
        b.append_slice(s, pindex, pindex + length)
    if width > length:
        b.append_multiple_char(u' ', width - length)
