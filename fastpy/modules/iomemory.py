"""_io.StringIO and _io.BytesIO: in-memory streams (CPython's stringio.c,
bytesio.c).  Writes at the end (the common case) are appended to a list
of pieces joined on the next read or seek."""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.modules.modtypes import subclassable_constructor, check_new, \
    parse_args
from fastpy.modules.iobase import (
    W_IOObject, w_TextIOBase_type, w_BufferedIOBase_type, size_arg,
    bytes_arg, write_into, buffer_len, _stop_iteration)
from fastpy.modules.iotext import (
    scan_newlines, translate_newlines, newlines_value, find_line_end,
    replace_newlines,
    check_newline, str_or_none_arg)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.intobject import newint
from fastpy.objspace.mapdict import make_user_subclass
from fastpy.objspace.floatobject import W_FloatObject

w_StringIO_type = W_TypeObject('StringIO', w_TextIOBase_type)
w_StringIO_type.dict_w['__module__'] = newstr(u'_io')
w_BytesIO_type = W_TypeObject('BytesIO', w_BufferedIOBase_type)
w_BytesIO_type.dict_w['__module__'] = newstr(u'_io')


def _closed_error():
    return oefmt(exc.w_ValueError, "I/O operation on closed file.")


def _pos_arg(w_pos):
    if isinstance(w_pos, W_FloatObject):
        raise oefmt(exc.w_TypeError, "'float' object cannot be interpreted "
                    "as an integer")
    return space.int_w(w_pos)


# ---------------------------------------------------------------- StringIO

class W_StringIO(W_IOObject):
    _attrs_ = ['buf', 'pieces', 'length', 'pos', 'closed', 'ok',
               'readuniversal', 'readtranslate', 'readnl', 'writenl',
               'seennl', 'has_decoder']

    def __init__(self):
        self.buf = u''
        self.pieces = []
        self.length = 0
        self.pos = 0
        self.closed = False
        self.ok = False
        self.readuniversal = False
        self.readtranslate = False
        self.readnl = u'\n'
        self.writenl = None
        self.seennl = 0
        self.has_decoder = False

    def gettype(self):
        return w_StringIO_type

    def sp_iter(self):
        self.check()
        return self

    def sp_next(self):
        if self.is_user:
            return W_IOObject.sp_next(self)
        line = self.readline(-1)
        if len(line) == 0:
            return None
        return newstr(line)

    def check(self):
        if not self.ok:
            raise oefmt(exc.w_ValueError,
                        "I/O operation on uninitialized object")
        if self.closed:
            raise oefmt(exc.w_ValueError, "I/O operation on closed file")

    def value(self):
        if len(self.pieces) > 0:
            self.buf = self.buf + u''.join(self.pieces)
            self.pieces = []
        return self.buf

    def write(self, text):
        self.check()
        length = len(text)
        if self.has_decoder:
            self.seennl |= scan_newlines(text)
            if self.readtranslate:
                text = translate_newlines(text)
        if self.writenl is not None:
            text = replace_newlines(text, self.writenl)
        n = len(text)
        if n == 0:
            return length
        pos = self.pos
        if pos == self.length:
            self.pieces.append(text)
            self.length += n
            self.pos += n
            return length
        buf = self.value()
        if pos > len(buf):
            buf = buf + u'\0' * (pos - len(buf))
        end = pos + n
        assert pos >= 0 and end >= 0
        if end < len(buf):
            buf = buf[:pos] + text + buf[end:]
        else:
            buf = buf[:pos] + text
        self.buf = buf
        self.length = len(buf)
        self.pos = end
        return length

    def read(self, n):
        self.check()
        buf = self.value()
        start = self.pos
        if start >= len(buf):
            return u''
        if n < 0 or start + n > len(buf):
            end = len(buf)
        else:
            end = start + n
        assert start >= 0 and end >= start
        self.pos = end
        return buf[start:end]

    def readline(self, limit):
        self.check()
        buf = self.value()
        start = self.pos
        if start >= len(buf):
            return u''
        end = find_line_end(buf, start, self.readtranslate,
                            self.readuniversal, self.readnl)
        if end < 0:
            end = len(buf)
        if limit >= 0 and end - start > limit:
            end = start + limit
        assert start >= 0 and end >= start
        self.pos = end
        return buf[start:end]

    def truncate(self, size):
        if size < 0:
            raise oefmt(exc.w_ValueError, "Negative size value %d" % size)
        buf = self.value()
        if size < len(buf):
            assert size >= 0
            self.buf = buf[:size]
            self.length = size
        return size

W_UserStringIO = make_user_subclass(W_StringIO)


def _sio(w_self):
    assert isinstance(w_self, W_StringIO)
    return w_self


def stringio_init(w_self, w_value, w_newline):
    s = _sio(w_self)
    if w_newline is None:
        newline = '\n'
    else:
        newline = str_or_none_arg(w_newline, 'StringIO', 'newline')
    if newline is not None and not (newline == '' or newline == '\n' or
                                    newline == '\r' or newline == '\r\n'):
        raise oefmt(exc.w_ValueError, "illegal newline value: %s" %
                    space.str_to_utf8(space.repr_u(w_newline)))
    if w_value is not None and w_value is not space.w_None and \
            not isinstance(w_value, W_StrObject):
        raise oefmt(exc.w_TypeError, "initial_value must be str or None, "
                    "not %s" % space.type_name(w_value))
    s.readuniversal = newline is None or newline == ''
    s.readtranslate = newline is None
    s.readnl = None if newline is None else newline.decode('utf-8')
    s.writenl = None
    if newline is not None and newline.startswith('\r'):
        s.writenl = newline.decode('utf-8')
    s.has_decoder = s.readuniversal
    s.buf = u''
    s.pieces = []
    s.length = 0
    s.pos = 0
    s.seennl = 0
    s.closed = False
    s.ok = True
    if isinstance(w_value, W_StrObject) and len(w_value.value) > 0:
        s.write(w_value.value)
        s.pos = 0


@subclassable_constructor(w_StringIO_type, 'StringIO(*args, **kwargs)')
def stringio_new(w_cls, args_w, kw_names, kw_values_w):
    user = check_new(w_cls, w_StringIO_type)
    if user:
        w_res = W_UserStringIO()
        assert isinstance(w_cls, W_TypeObject)
        w_res.init_map(w_cls)
        return w_res
    w_value, w_newline = parse_args('StringIO', ['initial_value',
                                                 'newline'], 0, 2, args_w,
                                    kw_names, kw_values_w)
    w_s = W_StringIO()
    stringio_init(w_s, w_value, w_newline)
    return w_s


@method(w_StringIO_type, '__init__(self, initial_value="", newline="\n")',
        W_StringIO)
def stringio_init_method(w_self, w_value, w_newline):
    stringio_init(w_self, w_value, w_newline)
    return space.w_None


@method(w_StringIO_type, 'getvalue(self, /)', W_StringIO)
def stringio_getvalue(w_self):
    s = _sio(w_self)
    s.check()
    return newstr(s.value())


@method(w_StringIO_type, 'write(self, s, /)', W_StringIO)
def stringio_write(w_self, w_s):
    s = _sio(w_self)
    s.check()
    if not isinstance(w_s, W_StrObject):
        raise oefmt(exc.w_TypeError, "string argument expected, got '%s'" %
                    space.type_name(w_s))
    return newint(s.write(w_s.value))


@method(w_StringIO_type, 'read(self, size=-1, /)', W_StringIO)
def stringio_read(w_self, w_size):
    return newstr(_sio(w_self).read(size_arg(w_size)))


@method(w_StringIO_type, 'readline(self, size=-1, /)', W_StringIO)
def stringio_readline(w_self, w_size):
    return newstr(_sio(w_self).readline(size_arg(w_size)))


@method(w_StringIO_type, '__next__(self, /)', W_StringIO)
def stringio_next(w_self):
    line = _sio(w_self).readline(-1)
    if len(line) == 0:
        raise _stop_iteration()
    return newstr(line)


@method(w_StringIO_type, 'tell(self, /)', W_StringIO)
def stringio_tell(w_self):
    s = _sio(w_self)
    s.check()
    return newint(s.pos)


@method(w_StringIO_type, 'seek(self, pos, whence=0, /)', W_StringIO)
def stringio_seek(w_self, w_pos, w_whence):
    s = _sio(w_self)
    s.check()
    pos = _pos_arg(w_pos)
    whence = space.int_w(w_whence)
    if whence != 0 and whence != 1 and whence != 2:
        raise oefmt(exc.w_ValueError, "Invalid whence (%d, should be 0, 1 "
                    "or 2)" % whence)
    if pos < 0 and whence == 0:
        raise oefmt(exc.w_ValueError, "Negative seek position %d" % pos)
    if whence != 0 and pos != 0:
        raise oefmt(exc.w_OSError, "Can't do nonzero cur-relative seeks")
    if whence == 1:
        pos = s.pos
    elif whence == 2:
        pos = s.length
    s.pos = pos
    return newint(pos)


@method(w_StringIO_type, 'truncate(self, pos=None, /)', W_StringIO)
def stringio_truncate(w_self, w_pos):
    s = _sio(w_self)
    s.check()
    size = s.pos if w_pos is space.w_None else _pos_arg(w_pos)
    return newint(s.truncate(size))


@method(w_StringIO_type, 'close(self, /)', W_StringIO)
def stringio_close(w_self):
    s = _sio(w_self)
    s.closed = True
    s.buf = u''
    s.pieces = []
    return space.w_None


def _sio_flag(w_self):
    _sio(w_self).check()
    return space.w_True

for _name in ['readable', 'writable', 'seekable']:
    method(w_StringIO_type, '%s(self, /)' % _name, W_StringIO)(_sio_flag)


def _sio_closed(w_self):
    s = _sio(w_self)
    if not s.ok:
        raise oefmt(exc.w_ValueError,
                    "I/O operation on uninitialized object")
    return space.newbool(s.closed)


def _sio_newlines(w_self):
    s = _sio(w_self)
    s.check()
    if not s.has_decoder:
        return space.w_None
    return newlines_value(s.seennl)


def _sio_line_buffering(w_self):
    _sio(w_self).check()
    return space.w_False

getset(w_StringIO_type, 'closed', _sio_closed)
getset(w_StringIO_type, 'newlines', _sio_newlines)
getset(w_StringIO_type, 'line_buffering', _sio_line_buffering)


# ---------------------------------------------------------------- BytesIO

class W_BytesIO(W_IOObject):
    _attrs_ = ['buf', 'pieces', 'length', 'pos', 'closed', 'exports']

    def __init__(self):
        self.buf = ''
        self.pieces = []
        self.length = 0
        self.pos = 0
        self.closed = False
        self.exports = 0      # live getbuffer() views: no resizing

    def gettype(self):
        return w_BytesIO_type

    def sp_iter(self):
        self.check()
        return self

    def sp_next(self):
        if self.is_user:
            return W_IOObject.sp_next(self)
        line = self.readline(-1)
        if len(line) == 0:
            return None
        return W_BytesObject(line)

    def check(self):
        if self.closed:
            raise _closed_error()

    def value(self):
        if len(self.pieces) > 0:
            self.buf = self.buf + ''.join(self.pieces)
            self.pieces = []
        return self.buf

    def sp_buffer(self):
        # The view getbuffer() returns reads the current contents.
        return self.value()

    def sp_buffer_write(self, index, char):
        buf = self.value()
        assert 0 <= index < len(buf)
        self.buf = buf[:index] + char + buf[index + 1:]
        return True

    def sp_buffer_unexport(self):
        self.exports -= 1

    def check_exports(self):
        if self.exports > 0:
            raise oefmt(exc.w_BufferError, "Existing exports of data: "
                        "object cannot be re-sized")

    def write(self, data):
        self.check()
        self.check_exports()
        n = len(data)
        if n == 0:
            return 0
        pos = self.pos
        if pos == self.length:
            self.pieces.append(data)
            self.length += n
            self.pos += n
            return n
        buf = self.value()
        if pos > len(buf):
            buf = buf + '\0' * (pos - len(buf))
        end = pos + n
        assert pos >= 0 and end >= 0
        if end < len(buf):
            buf = buf[:pos] + data + buf[end:]
        else:
            buf = buf[:pos] + data
        self.buf = buf
        self.length = len(buf)
        self.pos = end
        return n

    def read(self, n):
        self.check()
        buf = self.value()
        start = self.pos
        if start >= len(buf):
            return ''
        if n < 0 or start + n > len(buf):
            end = len(buf)
        else:
            end = start + n
        assert start >= 0 and end >= start
        self.pos = end
        return buf[start:end]

    def readline(self, limit):
        self.check()
        buf = self.value()
        start = self.pos
        if start >= len(buf):
            return ''
        assert start >= 0
        i = buf.find('\n', start)
        end = len(buf) if i < 0 else i + 1
        if limit >= 0 and end - start > limit:
            end = start + limit
        assert start >= 0 and end >= start
        self.pos = end
        return buf[start:end]

W_UserBytesIO = make_user_subclass(W_BytesIO)


def _bio(w_self):
    assert isinstance(w_self, W_BytesIO)
    return w_self


def bytesio_init(w_self, w_value):
    b = _bio(w_self)
    b.buf = ''
    b.pieces = []
    b.length = 0
    b.pos = 0
    b.closed = False
    if w_value is not None and w_value is not space.w_None:
        data = bytes_arg(w_value)
        b.buf = data
        b.length = len(data)


@subclassable_constructor(w_BytesIO_type, 'BytesIO(*args, **kwargs)')
def bytesio_new(w_cls, args_w, kw_names, kw_values_w):
    user = check_new(w_cls, w_BytesIO_type)
    if user:
        w_res = W_UserBytesIO()
        assert isinstance(w_cls, W_TypeObject)
        w_res.init_map(w_cls)
        return w_res
    values_w = parse_args('BytesIO', ['initial_bytes'], 0, 1, args_w,
                          kw_names, kw_values_w)
    w_b = W_BytesIO()
    bytesio_init(w_b, values_w[0])
    return w_b


@method(w_BytesIO_type, '__init__(self, initial_bytes=None)', W_BytesIO)
def bytesio_init_method(w_self, w_value):
    bytesio_init(w_self, w_value)
    return space.w_None


@method(w_BytesIO_type, 'getvalue(self, /)', W_BytesIO)
def bytesio_getvalue(w_self):
    b = _bio(w_self)
    b.check()
    return W_BytesObject(b.value())


@method(w_BytesIO_type, 'getbuffer(self, /)', W_BytesIO)
def bytesio_getbuffer(w_self):
    from fastpy.objspace.memoryobject import W_MemoryView
    b = _bio(w_self)
    b.check()
    w_view = W_MemoryView(b, 0, 1, len(b.value()))
    w_view.exporting = True
    b.exports += 1
    return w_view


@method(w_BytesIO_type, 'write(self, b, /)', W_BytesIO)
def bytesio_write(w_self, w_b):
    b = _bio(w_self)
    b.check()
    return newint(b.write(bytes_arg(w_b)))


def _bio_read(w_self, w_size):
    return W_BytesObject(_bio(w_self).read(size_arg(w_size)))

method(w_BytesIO_type, 'read(self, size=-1, /)', W_BytesIO)(_bio_read)


@method(w_BytesIO_type, 'read1(self, size=-1, /)', W_BytesIO)
def bytesio_read1(w_self, w_size):
    return _bio_read(w_self, w_size)


@method(w_BytesIO_type, 'readline(self, size=-1, /)', W_BytesIO)
def bytesio_readline(w_self, w_size):
    return W_BytesObject(_bio(w_self).readline(size_arg(w_size)))


@method(w_BytesIO_type, 'readinto(self, buffer, /)', W_BytesIO)
def bytesio_readinto(w_self, w_buffer):
    b = _bio(w_self)
    b.check()
    data = b.read(buffer_len(w_buffer))
    write_into(w_buffer, data)
    return newint(len(data))


@method(w_BytesIO_type, '__next__(self, /)', W_BytesIO)
def bytesio_next(w_self):
    line = _bio(w_self).readline(-1)
    if len(line) == 0:
        raise _stop_iteration()
    return W_BytesObject(line)


@method(w_BytesIO_type, 'tell(self, /)', W_BytesIO)
def bytesio_tell(w_self):
    b = _bio(w_self)
    b.check()
    return newint(b.pos)


@method(w_BytesIO_type, 'seek(self, pos, whence=0, /)', W_BytesIO)
def bytesio_seek(w_self, w_pos, w_whence):
    b = _bio(w_self)
    b.check()
    pos = _pos_arg(w_pos)
    whence = space.int_w(w_whence)
    if whence == 0:
        if pos < 0:
            raise oefmt(exc.w_ValueError, "negative seek value %d" % pos)
    elif whence == 1:
        pos = max(0, b.pos + pos)
    elif whence == 2:
        pos = max(0, b.length + pos)
    else:
        raise oefmt(exc.w_ValueError, "invalid whence (%d, should be 0, 1 "
                    "or 2)" % whence)
    b.pos = pos
    return newint(pos)


@method(w_BytesIO_type, 'truncate(self, size=None, /)', W_BytesIO)
def bytesio_truncate(w_self, w_size):
    b = _bio(w_self)
    b.check()
    b.check_exports()
    size = b.pos if w_size is space.w_None else _pos_arg(w_size)
    if size < 0:
        raise oefmt(exc.w_ValueError, "negative size value %d" % size)
    buf = b.value()
    if size < len(buf):
        assert size >= 0
        b.buf = buf[:size]
        b.length = size
    return newint(size)


@method(w_BytesIO_type, 'close(self, /)', W_BytesIO)
def bytesio_close(w_self):
    b = _bio(w_self)
    b.check_exports()
    b.closed = True
    b.buf = ''
    b.pieces = []
    return space.w_None


@method(w_BytesIO_type, 'flush(self, /)', W_BytesIO)
def bytesio_flush(w_self):
    _bio(w_self).check()
    return space.w_None


@method(w_BytesIO_type, 'isatty(self, /)', W_BytesIO)
def bytesio_isatty(w_self):
    _bio(w_self).check()
    return space.w_False


def _bio_flag(w_self):
    _bio(w_self).check()
    return space.w_True

for _name in ['readable', 'writable', 'seekable']:
    method(w_BytesIO_type, '%s(self, /)' % _name, W_BytesIO)(_bio_flag)


def _bio_closed(w_self):
    return space.newbool(_bio(w_self).closed)

getset(w_BytesIO_type, 'closed', _bio_closed)
