"""_io.TextIOWrapper and _io.IncrementalNewlineDecoder (CPython's
textio.c), on the codecs of objspace/codecs.py (utf-8, latin-1, ascii).

Reading decodes the buffer chunk by chunk; a chunk always ends on a
character boundary and never with '\\r' (more bytes are read first), so
newline translation needs no state across chunks.  `snapshot_raw` is the
decoded text of the chunks still in use before newline translation and
`snapshot_nbytes` their byte count: tell() maps the read position back
to a byte offset (the cookie is the byte offset, as CPython's is when
the decoder has no pending state).  Writing encodes and hands the bytes
to the buffer at once (no pending text), so the buffer sees writes in
order."""

from rpython.rlib.rstring import StringBuilder, UnicodeBuilder

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.modules.modtypes import subclassable_constructor, check_new, \
    parse_args, module_type
from fastpy.modules.iobase import (
    W_IOObject, w_TextIOBase_type, unsupported, size_arg, call_method,
    call_method_discard, call_method_bool, bytes_result, swallow,
    closed_error, get_attr_bool, _stop_iteration)
from fastpy.modules.iobuffered import W_Buffered
from fastpy.objspace import codecs
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.intobject import newint
from fastpy.objspace.tupleobject import newtuple
from fastpy.objspace.mapdict import make_user_subclass

CHUNK_SIZE = 8192

SEEN_CR, SEEN_LF, SEEN_CRLF = 1, 2, 4


# ---------------------------------------------------------------- newlines

def scan_newlines(u):
    seen = 0
    n = len(u)
    i = 0
    while i < n:
        c = u[i]
        if c == u'\r':
            if i + 1 < n and u[i + 1] == u'\n':
                seen |= SEEN_CRLF
                i += 2
                continue
            seen |= SEEN_CR
        elif c == u'\n':
            seen |= SEEN_LF
        i += 1
    return seen


def translate_newlines(u):
    if u'\r' not in u:
        return u
    b = UnicodeBuilder(len(u))
    n = len(u)
    i = 0
    while i < n:
        c = u[i]
        if c == u'\r':
            b.append(u'\n')
            if i + 1 < n and u[i + 1] == u'\n':
                i += 1
        else:
            b.append(c)
        i += 1
    return b.build()


def replace_newlines(u, nl):
    """u with every '\\n' replaced by nl (unicode.replace takes only
    single characters in RPython)."""
    b = UnicodeBuilder(len(u))
    for c in u:
        if c == u'\n':
            b.append(nl)
        else:
            b.append(c)
    return b.build()


def newlines_value(seen):
    if seen == 0:
        return space.w_None
    names = []
    if seen & SEEN_CR:
        names.append(u'\r')
    if seen & SEEN_LF:
        names.append(u'\n')
    if seen & SEEN_CRLF:
        names.append(u'\r\n')
    if len(names) == 1:
        return newstr(names[0])
    return newtuple([newstr(x) for x in names])


def find_line_end(text, start, translated, universal, readnl):
    """End (exclusive) of the line starting at start, or -1."""
    assert start >= 0
    if translated:
        i = text.find(u'\n', start)
        return -1 if i < 0 else i + 1
    if universal:
        n = len(text)
        i = start
        while i < n:
            c = text[i]
            if c == u'\n':
                return i + 1
            if c == u'\r':
                if i + 1 < n and text[i + 1] == u'\n':
                    return i + 2
                return i + 1
            i += 1
        return -1
    assert readnl is not None
    i = text.find(readnl, start)
    return -1 if i < 0 else i + len(readnl)


# ---------------------------------------------------------------- codecs

def utf8_complete(s):
    """Length of the longest prefix of s without an incomplete trailing
    utf-8 sequence."""
    n = len(s)
    i = n - 1
    while i >= 0 and i >= n - 3 and (ord(s[i]) & 0xc0) == 0x80:
        i -= 1
    if i < 0:
        return n
    c = ord(s[i])
    if 0xc2 <= c <= 0xdf:
        total = 2
    elif 0xe0 <= c <= 0xef:
        total = 3
    elif 0xf0 <= c <= 0xf4:
        total = 4
    else:
        return n
    if n - i < total:
        return i
    return n


def encoded_length(u, codec, errors):
    """Bytes that the decoded text u came from (for tell())."""
    if codec != codecs.UTF8:
        return len(u)
    total = 0
    for ch in u:
        c = ord(ch)
        if c < 0x80:
            total += 1
        elif c < 0x800:
            total += 2
        elif 0xdc80 <= c <= 0xdcff and errors == 'surrogateescape':
            total += 1
        elif c < 0x10000:
            total += 3
        else:
            total += 4
    return total


ENCODING_NAMES = ['utf-8', 'latin-1', 'ascii']


def check_encoding(encoding):
    """The codec number (LookupError for an unknown encoding)."""
    return codecs.lookup_codec(encoding)


# ---------------------------------------------------------------- TextIOWrapper

w_TextIOWrapper_type = W_TypeObject('TextIOWrapper', w_TextIOBase_type)
w_TextIOWrapper_type.dict_w['__module__'] = newstr(u'_io')


class W_TextIOWrapper(W_IOObject):
    _attrs_ = ['w_buffer', 'codec', 'encoding', 'errors', 'readuniversal',
               'readtranslate', 'readnl', 'writetranslate', 'writenl',
               'line_buffering', 'write_through', 'decoded', 'decoded_pos',
               'snapshot_raw', 'snapshot_nbytes', 'seennl', 'detached', 'ok',
               'telling', 'seekable', 'has_read1', 'has_decoder',
               'has_encoder', 'w_mode', 'w_newline']

    def __init__(self):
        self.w_buffer = None
        self.codec = codecs.UTF8
        self.encoding = 'utf-8'
        self.errors = 'strict'
        self.readuniversal = True
        self.readtranslate = True
        self.readnl = None
        self.writetranslate = True
        self.writenl = None
        self.line_buffering = False
        self.write_through = False
        self.decoded = u''
        self.decoded_pos = 0
        self.snapshot_raw = u''
        self.snapshot_nbytes = 0
        self.seennl = 0
        self.detached = False
        self.ok = False
        self.telling = False
        self.seekable = False
        self.has_read1 = False
        self.has_decoder = False
        self.has_encoder = False
        self.w_mode = None
        self.w_newline = None

    def gettype(self):
        return w_TextIOWrapper_type

    def referents(self):
        return [w for w in [self.w_buffer, self.w_mode] if w is not None]

    def release_children(self):
        self.io_close_on_release()
        w_buffer, w_mode = self.w_buffer, self.w_mode
        self.w_buffer = self.w_mode = None
        refcount.decref(w_buffer)
        refcount.decref(w_mode)

    def io_close_on_release(self):
        if self.w_buffer is None or not self.ok or self.detached:
            return
        try:
            if not self.buffer_closed():
                self.close()
        except OperationError as e:
            swallow(e)

    def io_repr(self):
        return text_repr_u(self)

    def sp_iter(self):
        self.check_closed()
        return self

    def sp_next(self):
        if self.is_user:
            return W_IOObject.sp_next(self)
        self.telling = False
        line = self.readline(-1)
        if len(line) == 0:
            self.telling = self.seekable
            return None
        return newstr(line)

    def set_mode(self, w_mode):
        refcount.incref(w_mode)
        w_old = self.w_mode
        self.w_mode = w_mode
        refcount.decref(w_old)

    # ------------------------------------------------------------ buffer

    def fast_buffer(self):
        w_b = self.w_buffer
        if isinstance(w_b, W_Buffered) and not w_b.is_user:
            return w_b
        return None

    def buffer_closed(self):
        b = self.fast_buffer()
        if b is not None:
            b.check_init()
            return b.raw_closed()
        return get_attr_bool(self.w_buffer, 'closed')

    def buffer_write(self, data):
        b = self.fast_buffer()
        if b is not None:
            b.check_init()
            b.write(data)
            return
        call_method_discard(self.w_buffer, 'write', [W_BytesObject(data)])

    def buffer_flush(self):
        b = self.fast_buffer()
        if b is not None:
            b.flush()
            return
        call_method_discard(self.w_buffer, 'flush', [])

    def buffer_read(self, n, use_read1):
        """n bytes (n < 0: all) from the buffer; None if it would block."""
        b = self.fast_buffer()
        if b is not None:
            b.check_init()
            if use_read1:
                return b.read1(n)
            return b.read(n)
        name = 'read1' if use_read1 else 'read'
        w_data = call_method(self.w_buffer, name, [newint(n)])
        data = bytes_result(w_data, 'underlying %s()' % name)
        refcount.discard(w_data)
        return data

    def buffer_tell(self):
        b = self.fast_buffer()
        if b is not None:
            return b.tell()
        w_pos = call_method(self.w_buffer, 'tell', [])
        pos = space.int_w(w_pos)
        refcount.discard(w_pos)
        return pos

    def buffer_seek(self, pos, whence):
        b = self.fast_buffer()
        if b is not None:
            return b.seek(pos, whence)
        w_pos = call_method(self.w_buffer, 'seek', [newint(pos),
                                                    newint(whence)])
        res = space.int_w(w_pos)
        refcount.discard(w_pos)
        return res

    # ------------------------------------------------------------ checks

    def check_attached(self):
        if self.detached:
            raise oefmt(exc.w_ValueError,
                        "underlying buffer has been detached")
        if not self.ok:
            raise oefmt(exc.w_ValueError,
                        "I/O operation on uninitialized object")

    def check_closed(self):
        self.check_attached()
        if self.buffer_closed():
            raise closed_error()

    def check_readable(self):
        self.check_closed()
        if not self.has_decoder:
            raise unsupported("not readable")

    # ------------------------------------------------------------ writing

    def write(self, text):
        self.check_closed()
        if not self.has_encoder:
            raise unsupported("not writable")
        length = len(text)
        haslf = False
        if (self.writetranslate and self.writenl is not None) or \
                self.line_buffering:
            haslf = u'\n' in text
        if haslf and self.writetranslate and self.writenl is not None:
            text = replace_newlines(text, self.writenl)
        needflush = self.line_buffering and (haslf or u'\r' in text)
        data = codecs.encode(text, self.encoding_for_codec(), self.errors)
        self.drop_decoded()
        self.buffer_write(data)
        if needflush:
            self.buffer_flush()
        return length

    def encoding_for_codec(self):
        return ENCODING_NAMES[self.codec]

    def drop_decoded(self):
        self.decoded = u''
        self.decoded_pos = 0
        self.snapshot_raw = u''
        self.snapshot_nbytes = 0

    def flush(self):
        self.check_closed()
        self.telling = self.seekable
        self.buffer_flush()

    def close(self):
        self.check_attached()
        if self.buffer_closed():
            return
        error = None
        try:
            self.flush()
        except OperationError as e:
            error = e
        try:
            b = self.fast_buffer()
            if b is not None:
                b.close()
            else:
                call_method_discard(self.w_buffer, 'close', [])
        except OperationError as e:
            if error is not None:
                swallow(e)
                raise error
            raise
        if error is not None:
            raise error

    # ------------------------------------------------------------ reading

    def decode_bytes(self, data, final):
        return codecs.decode(data, self.encoding_for_codec(), self.errors)

    def read_chunk(self):
        """Decode the next chunk of the buffer onto the decoded text;
        False at end of file."""
        chunks = []
        eof = False
        while True:
            data = self.buffer_read(CHUNK_SIZE, self.has_read1)
            if data is None or len(data) == 0:
                eof = True
                break
            chunks.append(data)
            raw = ''.join(chunks)
            if self.codec == codecs.UTF8 and utf8_complete(raw) < len(raw):
                continue
            if raw[len(raw) - 1] == '\r':
                continue
            break
        raw_bytes = ''.join(chunks)
        if len(raw_bytes) == 0:
            return False
        rawtext = self.decode_bytes(raw_bytes, eof)
        self.append_decoded(rawtext, len(raw_bytes))
        return True

    def translate_in(self, rawtext):
        if self.readuniversal:
            self.seennl |= scan_newlines(rawtext)
            if self.readtranslate:
                return translate_newlines(rawtext)
        return rawtext

    def raw_index(self, pos):
        """Index in snapshot_raw of the translated position pos."""
        if not self.readtranslate:
            return pos
        raw = self.snapshot_raw
        i = 0
        j = 0
        n = len(raw)
        while j < pos and i < n:
            if raw[i] == u'\r' and i + 1 < n and raw[i + 1] == u'\n':
                i += 2
            else:
                i += 1
            j += 1
        return i

    def append_decoded(self, rawtext, nbytes):
        pos = self.decoded_pos
        if pos > 0:
            r = self.raw_index(pos)
            assert r >= 0 and pos >= 0
            consumed = self.snapshot_raw[:r]
            self.snapshot_nbytes -= encoded_length(consumed, self.codec,
                                                   self.errors)
            self.snapshot_raw = self.snapshot_raw[r:]
            self.decoded = self.decoded[pos:]
            self.decoded_pos = 0
        self.snapshot_raw += rawtext
        self.snapshot_nbytes += nbytes
        self.decoded += self.translate_in(rawtext)

    def available(self):
        return len(self.decoded) - self.decoded_pos

    def take(self, n):
        start = self.decoded_pos
        end = start + n
        assert start >= 0 and end >= start
        s = self.decoded[start:end]
        self.decoded_pos = end
        if end >= len(self.decoded):
            self.drop_decoded()
        return s

    def read(self, n):
        self.check_readable()
        if n < 0:
            head = self.take(self.available())
            data = self.buffer_read(-1, False)
            if data is None:
                data = ''
            text = self.translate_in(self.decode_bytes(data, True))
            self.drop_decoded()
            return head + text
        while self.available() < n:
            if not self.read_chunk():
                break
        return self.take(min(n, self.available()))

    def readline(self, limit):
        self.check_readable()
        start = self.decoded_pos
        translated = self.readtranslate
        while True:
            end = find_line_end(self.decoded, self.decoded_pos, translated,
                                self.readuniversal, self.readnl)
            if end >= 0:
                n = end - self.decoded_pos
                break
            if limit >= 0 and self.available() >= limit:
                n = limit
                break
            if not self.read_chunk():
                n = self.available()
                break
        del start
        if limit >= 0 and n > limit:
            n = limit
        return self.take(n)

    # ------------------------------------------------------------ positions

    def tell(self):
        self.check_closed()
        if not self.seekable:
            raise unsupported("underlying stream is not seekable")
        if not self.telling:
            raise oefmt(exc.w_OSError,
                        "telling position disabled by next() call")
        self.flush()
        pos = self.buffer_tell()
        if self.available() == 0 and len(self.decoded) == 0:
            return pos
        r = self.raw_index(self.decoded_pos)
        assert r >= 0
        consumed = encoded_length(self.snapshot_raw[:r], self.codec,
                                  self.errors)
        return pos - self.snapshot_nbytes + consumed

    def seek(self, cookie, whence):
        self.check_closed()
        if not self.seekable:
            raise unsupported("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise unsupported("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise unsupported("can't do nonzero end-relative seeks")
            self.flush()
            self.drop_decoded()
            return self.buffer_seek(0, 2)
        if whence != 0:
            raise oefmt(exc.w_ValueError, "invalid whence (%d, should be 0, "
                        "1 or 2)" % whence)
        if cookie < 0:
            raise oefmt(exc.w_ValueError, "negative seek position %d" %
                        cookie)
        self.flush()
        self.drop_decoded()
        self.buffer_seek(cookie, 0)
        return cookie

W_UserTextIOWrapper = make_user_subclass(W_TextIOWrapper)


def _text(w_self):
    assert isinstance(w_self, W_TextIOWrapper)
    return w_self


def str_or_none_arg(w_value, fname, argname):
    """None (absent or None) or the utf-8 text of a str argument."""
    if w_value is None or w_value is space.w_None:
        return None
    if not isinstance(w_value, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s() argument '%s' must be str or "
                    "None, not %s" % (fname, argname,
                                      space.type_name(w_value)))
    return space.str_to_utf8(w_value.value)


def check_newline(newline):
    if newline is None:
        return
    if not (newline == '' or newline == '\n' or newline == '\r' or
            newline == '\r\n'):
        raise oefmt(exc.w_ValueError, "illegal newline value: %s" % newline)


def resolve_encoding(encoding):
    if encoding is None or encoding == 'locale':
        return 'UTF-8'
    return encoding


def set_newline(t, newline):
    t.readuniversal = newline is None or newline == ''
    t.readtranslate = newline is None
    t.readnl = None if newline is None else newline.decode('utf-8')
    t.writetranslate = newline is None or newline != ''
    t.writenl = None
    if not t.readuniversal and newline is not None and newline != '\n':
        t.writenl = newline.decode('utf-8')


def text_init(w_self, w_buffer, encoding, errors, newline, line_buffering,
              write_through):
    t = _text(w_self)
    t.ok = False
    check_newline(newline)
    encoding = resolve_encoding(encoding)
    t.codec = check_encoding(encoding)
    t.encoding = encoding
    t.errors = 'strict' if errors is None else errors
    set_newline(t, newline)
    t.line_buffering = line_buffering
    t.write_through = write_through
    t.drop_decoded()
    t.seennl = 0
    refcount.incref(w_buffer)
    w_old = t.w_buffer
    t.w_buffer = w_buffer
    refcount.decref(w_old)
    t.detached = False
    b = t.fast_buffer()
    if b is not None:
        b.check_init()
        t.has_decoder = b.is_reader() and _fast_raw_flag(b, True)
        t.has_encoder = b.is_writer() and _fast_raw_flag(b, False)
        t.seekable = call_method_bool(w_buffer, 'seekable')
        t.has_read1 = True
    else:
        t.has_decoder = call_method_bool(w_buffer, 'readable')
        t.has_encoder = call_method_bool(w_buffer, 'writable')
        t.seekable = call_method_bool(w_buffer, 'seekable')
        from fastpy.modules.iobase import space_hasattr
        t.has_read1 = space_hasattr(w_buffer, 'read1')
    t.telling = t.seekable
    t.ok = True


def _fast_raw_flag(b, reading):
    f = b.fast_raw()
    if f is not None:
        return f.readable if reading else f.writable
    name = 'readable' if reading else 'writable'
    return call_method_bool(b, name)


def _bool_arg(w_value, default):
    if w_value is None:
        return default
    return space.is_true(w_value)


@subclassable_constructor(w_TextIOWrapper_type,
                          'TextIOWrapper(*args, **kwargs)')
def text_new(w_cls, args_w, kw_names, kw_values_w):
    user = check_new(w_cls, w_TextIOWrapper_type)
    if user:
        w_res = W_UserTextIOWrapper()
        assert isinstance(w_cls, W_TypeObject)
        w_res.init_map(w_cls)
        return w_res
    values_w = parse_args('TextIOWrapper', [
        'buffer', 'encoding', 'errors', 'newline', 'line_buffering',
        'write_through'], 1, 6, args_w, kw_names, kw_values_w)
    return new_text(values_w[0], values_w[1], values_w[2], values_w[3],
                    values_w[4], values_w[5], 'TextIOWrapper')


def new_text(w_buffer, w_encoding, w_errors, w_newline, w_line_buffering,
             w_write_through, fname):
    encoding = str_or_none_arg(w_encoding, fname, 'encoding')
    errors = str_or_none_arg(w_errors, fname, 'errors')
    newline = str_or_none_arg(w_newline, fname, 'newline')
    w_t = W_TextIOWrapper()
    try:
        text_init(w_t, w_buffer, encoding, errors, newline,
                  _bool_arg(w_line_buffering, False),
                  _bool_arg(w_write_through, False))
    except OperationError:
        refcount.discard(w_t)
        raise
    return w_t


@method(w_TextIOWrapper_type, '__init__(self, buffer, encoding=None, '
        'errors=None, newline=None, line_buffering=False, '
        'write_through=False)', W_TextIOWrapper)
def text_init_method(w_self, w_buffer, w_encoding, w_errors, w_newline,
                     w_lb, w_wt):
    fname = 'TextIOWrapper'
    text_init(w_self, w_buffer, str_or_none_arg(w_encoding, fname,
                                                'encoding'),
              str_or_none_arg(w_errors, fname, 'errors'),
              str_or_none_arg(w_newline, fname, 'newline'),
              space.is_true(w_lb), space.is_true(w_wt))
    return space.w_None


# ---------------------------------------------------------------- methods

@method(w_TextIOWrapper_type, 'write(self, text, /)', W_TextIOWrapper)
def text_write(w_self, w_text):
    if not isinstance(w_text, W_StrObject):
        raise oefmt(exc.w_TypeError, "write() argument must be str, not %s"
                    % space.type_name(w_text))
    return newint(_text(w_self).write(w_text.value))


@method(w_TextIOWrapper_type, 'read(self, size=-1, /)', W_TextIOWrapper)
def text_read(w_self, w_size):
    return newstr(_text(w_self).read(size_arg(w_size)))


@method(w_TextIOWrapper_type, 'readline(self, size=-1, /)',
        W_TextIOWrapper)
def text_readline(w_self, w_size):
    return newstr(_text(w_self).readline(size_arg(w_size)))


@method(w_TextIOWrapper_type, '__next__(self, /)', W_TextIOWrapper)
def text_next(w_self):
    t = _text(w_self)
    t.telling = False
    line = t.readline(-1)
    if len(line) == 0:
        t.telling = t.seekable
        raise _stop_iteration()
    return newstr(line)


@method(w_TextIOWrapper_type, 'flush(self, /)', W_TextIOWrapper)
def text_flush(w_self):
    _text(w_self).flush()
    return space.w_None


@method(w_TextIOWrapper_type, 'close(self, /)', W_TextIOWrapper)
def text_close(w_self):
    _text(w_self).close()
    return space.w_None


@method(w_TextIOWrapper_type, 'detach(self, /)', W_TextIOWrapper)
def text_detach(w_self):
    t = _text(w_self)
    t.check_attached()
    t.flush()
    w_buffer = t.w_buffer
    t.w_buffer = None
    t.detached = True
    refcount.disown(w_buffer)
    return w_buffer


@method(w_TextIOWrapper_type, 'tell(self, /)', W_TextIOWrapper)
def text_tell(w_self):
    return newint(_text(w_self).tell())


@method(w_TextIOWrapper_type, 'seek(self, cookie, whence=0, /)',
        W_TextIOWrapper)
def text_seek(w_self, w_cookie, w_whence):
    return newint(_text(w_self).seek(space.int_w(w_cookie),
                                     space.int_w(w_whence)))


@method(w_TextIOWrapper_type, 'truncate(self, pos=None, /)',
        W_TextIOWrapper)
def text_truncate(w_self, w_pos):
    t = _text(w_self)
    t.check_attached()
    t.flush()
    return call_method(t.w_buffer, 'truncate', [w_pos])


def _delegate(name):
    def f(w_self):
        t = _text(w_self)
        t.check_attached()
        return call_method(t.w_buffer, name, [])
    f.__name__ = 'text_' + name
    method(w_TextIOWrapper_type, '%s(self, /)' % name, W_TextIOWrapper)(f)

for _name in ['fileno', 'isatty', 'seekable', 'readable', 'writable']:
    _delegate(_name)


@method(w_TextIOWrapper_type, 'reconfigure(self, *, encoding=None, '
        'errors=None, newline=NULL, line_buffering=None, '
        'write_through=None)', W_TextIOWrapper)
def text_reconfigure(w_self, w_encoding, w_errors, w_newline, w_lb, w_wt):
    t = _text(w_self)
    t.check_attached()
    fname = 'reconfigure'
    encoding = str_or_none_arg(w_encoding, fname, 'encoding')
    errors = str_or_none_arg(w_errors, fname, 'errors')
    newline_given = w_newline is not None
    newline = None
    if newline_given:
        newline = str_or_none_arg(w_newline, fname, 'newline')
        check_newline(newline)
    if t.available() > 0 and (encoding is not None or errors is not None
                              or newline_given):
        raise unsupported("It is not possible to set the encoding or "
                          "newline of stream after the first read")
    if encoding is not None:
        encoding = resolve_encoding(encoding)
        codec = check_encoding(encoding)
        if errors is None:
            errors = 'strict'
    else:
        codec = t.codec
        if errors is None:
            errors = t.errors
    t.flush()
    if encoding is not None:
        t.encoding = encoding
        t.codec = codec
    t.errors = errors
    if newline_given:
        set_newline(t, newline)
    if w_lb is not space.w_None:
        t.line_buffering = space.is_true(w_lb)
    if w_wt is not space.w_None:
        t.write_through = space.is_true(w_wt)
    return space.w_None


@method(w_TextIOWrapper_type, '__repr__(self, /)', W_TextIOWrapper)
def text_repr(w_self):
    return newstr(text_repr_u(_text(w_self)))


def text_repr_u(t):
    w_self = t
    tname = u'_io.TextIOWrapper'
    if t.is_user:
        tname = t.gettype().name.decode('utf-8')
    b = UnicodeBuilder()
    b.append(u'<')
    b.append(tname)
    if t.ok and not t.detached:
        w_name = _getattr_or_none(w_self, 'name')
        if w_name is not None:
            b.append(u' name=')
            b.append(space.repr_u(w_name))
            refcount.discard(w_name)
    if t.w_mode is not None:
        b.append(u' mode=')
        b.append(space.repr_u(t.w_mode))
    b.append(u' encoding=\'')
    b.append(t.encoding.decode('utf-8'))
    b.append(u'\'>')
    return b.build()


def _getattr_or_none(w_obj, name):
    try:
        return space.getattr_w(w_obj, name)
    except OperationError as e:
        if not (e.match(exc.w_AttributeError) or e.match(exc.w_ValueError)):
            raise
        swallow(e)
        return None


def _get_encoding(w_self):
    return space.newtext(_text(w_self).encoding)


def _get_errors(w_self):
    return space.newtext(_text(w_self).errors)


def _get_buffer(w_self):
    t = _text(w_self)
    t.check_attached()
    return t.w_buffer


def _get_closed(w_self):
    t = _text(w_self)
    t.check_attached()
    return space.newbool(t.buffer_closed())


def _get_name(w_self):
    t = _text(w_self)
    t.check_attached()
    return space.getattr_w(t.w_buffer, 'name')


def _get_newlines(w_self):
    t = _text(w_self)
    if not t.readuniversal:
        return space.w_None
    return newlines_value(t.seennl)


def _get_line_buffering(w_self):
    return space.newbool(_text(w_self).line_buffering)


def _get_write_through(w_self):
    return space.newbool(_text(w_self).write_through)


def _get_mode(w_self):
    t = _text(w_self)
    if t.w_mode is None:
        raise oefmt(exc.w_AttributeError, "'_io.TextIOWrapper' object has "
                    "no attribute 'mode'")
    return t.w_mode


def _set_mode(w_self, w_value):
    _text(w_self).set_mode(w_value)


def _get_chunk_size(w_self):
    return newint(CHUNK_SIZE)

getset(w_TextIOWrapper_type, 'encoding', _get_encoding)
getset(w_TextIOWrapper_type, 'errors', _get_errors)
getset(w_TextIOWrapper_type, 'buffer', _get_buffer)
getset(w_TextIOWrapper_type, 'closed', _get_closed)
getset(w_TextIOWrapper_type, 'name', _get_name)
getset(w_TextIOWrapper_type, 'newlines', _get_newlines)
getset(w_TextIOWrapper_type, 'line_buffering', _get_line_buffering)
getset(w_TextIOWrapper_type, 'write_through', _get_write_through)
getset(w_TextIOWrapper_type, 'mode', _get_mode, _set_mode)
getset(w_TextIOWrapper_type, '_CHUNK_SIZE', _get_chunk_size)


# ---------------------------------------------------------------- IncrementalNewlineDecoder

w_IncrementalNewlineDecoder_type = module_type('IncrementalNewlineDecoder',
                                               '_io')


class W_NewlineDecoder(W_IOObject):
    _attrs_ = ['w_decoder', 'translate', 'pendingcr', 'seennl', 'ok']

    def __init__(self):
        self.w_decoder = None
        self.translate = False
        self.pendingcr = False
        self.seennl = 0
        self.ok = False

    def gettype(self):
        return w_IncrementalNewlineDecoder_type

    def referents(self):
        return [] if self.w_decoder is None else [self.w_decoder]

    def release_children(self):
        w_d = self.w_decoder
        self.w_decoder = None
        refcount.decref(w_d)

    def check(self):
        if not self.ok:
            raise oefmt(exc.w_ValueError, "IncrementalNewlineDecoder.__init__"
                        "() not called")

    def decode(self, w_input, final):
        self.check()
        if self.w_decoder is None or self.w_decoder is space.w_None:
            w_output = w_input
            refcount.incref(w_output)
        else:
            from fastpy.interpreter.eval import call_function
            from fastpy.interpreter.function import Arguments
            w_meth = space.getattr_w(self.w_decoder, 'decode')
            refcount.incref(w_meth)
            try:
                w_output = call_function(w_meth, Arguments(
                    [w_input], ['final'], [space.newbool(final)]))
            finally:
                refcount.decref(w_meth)
            refcount.incref(w_output)
        try:
            if not isinstance(w_output, W_StrObject):
                raise oefmt(exc.w_TypeError, "decoder should return a string "
                            "result, not '%s'" % space.type_name(w_output))
            output = w_output.value
        finally:
            refcount.decref(w_output)
        if self.pendingcr and (len(output) > 0 or final):
            output = u'\r' + output
            self.pendingcr = False
        if not final and len(output) > 0 and \
                output[len(output) - 1] == u'\r':
            end = len(output) - 1
            assert end >= 0
            output = output[:end]
            self.pendingcr = True
        self.seennl |= scan_newlines(output)
        if self.translate:
            output = translate_newlines(output)
        return output

W_UserNewlineDecoder = make_user_subclass(W_NewlineDecoder)


def _nld(w_self):
    assert isinstance(w_self, W_NewlineDecoder)
    return w_self


def nld_init(w_self, w_decoder, w_translate, w_errors):
    d = _nld(w_self)
    refcount.incref(w_decoder)
    w_old = d.w_decoder
    d.w_decoder = w_decoder
    refcount.decref(w_old)
    d.translate = space.is_true(w_translate)
    d.pendingcr = False
    d.seennl = 0
    d.ok = True


@subclassable_constructor(w_IncrementalNewlineDecoder_type,
                          'IncrementalNewlineDecoder(*args, **kwargs)')
def nld_new(w_cls, args_w, kw_names, kw_values_w):
    user = check_new(w_cls, w_IncrementalNewlineDecoder_type)
    if user:
        w_res = W_UserNewlineDecoder()
        assert isinstance(w_cls, W_TypeObject)
        w_res.init_map(w_cls)
        return w_res
    w_decoder, w_translate, w_errors = parse_args(
        'IncrementalNewlineDecoder', ['decoder', 'translate', 'errors'], 2,
        3, args_w, kw_names, kw_values_w)
    w_d = W_NewlineDecoder()
    nld_init(w_d, w_decoder, w_translate, w_errors)
    return w_d


@method(w_IncrementalNewlineDecoder_type, '__init__(self, decoder, '
        'translate, errors="strict")', W_NewlineDecoder)
def nld_init_method(w_self, w_decoder, w_translate, w_errors):
    nld_init(w_self, w_decoder, w_translate, w_errors)
    return space.w_None


@method(w_IncrementalNewlineDecoder_type, 'decode(self, input, final=False)',
        W_NewlineDecoder)
def nld_decode(w_self, w_input, w_final):
    return newstr(_nld(w_self).decode(w_input, space.is_true(w_final)))


@method(w_IncrementalNewlineDecoder_type, 'getstate(self, /)',
        W_NewlineDecoder)
def nld_getstate(w_self):
    d = _nld(w_self)
    d.check()
    flag = 0
    w_buf = None
    if d.w_decoder is not None and d.w_decoder is not space.w_None:
        w_state = call_method(d.w_decoder, 'getstate', [])
        refcount.incref(w_state)
        try:
            from fastpy.objspace.tupleobject import W_TupleObject
            if not isinstance(w_state, W_TupleObject) or \
                    len(w_state.items_w) != 2:
                raise oefmt(exc.w_TypeError, "illegal decoder state")
            w_buf = w_state.items_w[0]
            refcount.incref(w_buf)
            flag = space.int_w(w_state.items_w[1])
        finally:
            refcount.decref(w_state)
        flag <<= 1
    if d.pendingcr:
        flag |= 1
    if w_buf is None:
        return newtuple([W_BytesObject(''), newint(flag)])
    w_res = newtuple([w_buf, newint(flag)])
    refcount.decref(w_buf)
    return w_res


@method(w_IncrementalNewlineDecoder_type, 'setstate(self, state, /)',
        W_NewlineDecoder)
def nld_setstate(w_self, w_state):
    d = _nld(w_self)
    d.check()
    from fastpy.objspace.tupleobject import W_TupleObject
    if not isinstance(w_state, W_TupleObject) or len(w_state.items_w) != 2:
        raise oefmt(exc.w_TypeError, "state argument must be a tuple")
    flag = space.int_w(w_state.items_w[1])
    d.pendingcr = (flag & 1) != 0
    if d.w_decoder is not None and d.w_decoder is not space.w_None:
        w_t = newtuple([w_state.items_w[0], newint(flag >> 1)])
        refcount.incref(w_t)
        try:
            call_method_discard(d.w_decoder, 'setstate', [w_t])
        finally:
            refcount.decref(w_t)
    return space.w_None


@method(w_IncrementalNewlineDecoder_type, 'reset(self, /)', W_NewlineDecoder)
def nld_reset(w_self):
    d = _nld(w_self)
    d.check()
    d.seennl = 0
    d.pendingcr = False
    if d.w_decoder is not None and d.w_decoder is not space.w_None:
        call_method_discard(d.w_decoder, 'reset', [])
    return space.w_None


def _nld_newlines(w_self):
    d = _nld(w_self)
    d.check()
    return newlines_value(d.seennl)

getset(w_IncrementalNewlineDecoder_type, 'newlines', _nld_newlines)
