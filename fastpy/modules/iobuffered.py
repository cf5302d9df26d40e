"""_io.BufferedReader, BufferedWriter, BufferedRandom (one RPython class,
W_Buffered, with a kind) and BufferedRWPair (CPython's bufferedio.c).

The raw stream is called directly when it is an exact FileIO, through
its methods otherwise.  A writer whose `outstream` is set (sys.stdout's
and sys.stderr's buffers) appends to fastpy's process-wide output
buffers (outstream.py), which print() fills too: ordering between
print() and sys.stdout.write() is preserved.  Every open writer is in
`state.writers`, flushed at exit (flush_all)."""

from rpython.rlib.rstring import StringBuilder

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.modules.modtypes import subclassable_constructor, check_new, \
    parse_args
from fastpy.modules.iobase import (
    W_IOObject, w_BufferedIOBase_type, unsupported, bytes_arg, size_arg,
    write_into, buffer_len, call_method, call_method_discard,
    call_method_bool, bytes_result, swallow, closed_error,
    DEFAULT_BUFFER_SIZE, get_attr_bool)
from fastpy.modules.iofile import W_FileIO
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace.strobject import newstr
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.intobject import newint
from fastpy.objspace.mapdict import make_user_subclass


def _type(name):
    w_t = W_TypeObject(name, w_BufferedIOBase_type)
    w_t.dict_w['__module__'] = newstr(u'_io')
    return w_t

w_BufferedReader_type = _type('BufferedReader')
w_BufferedWriter_type = _type('BufferedWriter')
w_BufferedRandom_type = _type('BufferedRandom')
w_BufferedRWPair_type = _type('BufferedRWPair')

READER, WRITER, RANDOM = 0, 1, 2
KIND_TYPES = [w_BufferedReader_type, w_BufferedWriter_type,
              w_BufferedRandom_type]
KIND_NAMES = ['BufferedReader', 'BufferedWriter', 'BufferedRandom']


class State(object):
    def __init__(self):
        self.writers = []

state = State()


class W_Buffered(W_IOObject):
    _attrs_ = ['kind', 'w_raw', 'buffer_size', 'rbuf', 'rpos', 'wbuf',
               'wsize', 'detached', 'ok', 'outstream', 'registered']

    def __init__(self, kind):
        self.kind = kind
        self.w_raw = None
        self.buffer_size = DEFAULT_BUFFER_SIZE
        self.rbuf = ''
        self.rpos = 0
        self.wbuf = []
        self.wsize = 0
        self.detached = False
        self.ok = False
        self.outstream = None
        self.registered = False

    def gettype(self):
        return KIND_TYPES[self.kind]

    def referents(self):
        return [] if self.w_raw is None else [self.w_raw]

    def release_children(self):
        self.io_close_on_release()
        w_raw = self.w_raw
        self.w_raw = None
        refcount.decref(w_raw)

    def io_close_on_release(self):
        if self.w_raw is None or not self.ok:
            return
        try:
            if not self.raw_closed():
                self.close()
        except OperationError as e:
            swallow(e)
        self.unregister()

    def io_repr(self):
        tname = u'_io.' + KIND_NAMES[self.kind].decode('utf-8')
        return repr_with_name(tname, self.w_raw, self.detached)

    def sp_iter(self):
        self.check_closed(None)
        return self

    def sp_next(self):
        if self.is_user or not self.is_reader():
            return W_IOObject.sp_next(self)
        line = self.readline(-1)
        if len(line) == 0:
            return None
        return W_BytesObject(line)

    def is_reader(self):
        return self.kind != WRITER

    def is_writer(self):
        return self.kind != READER

    def register(self):
        if not self.registered and self.is_writer():
            state.writers.append(self)
            self.registered = True

    def unregister(self):
        if self.registered:
            self.registered = False
            for i in range(len(state.writers)):
                if state.writers[i] is self:
                    del state.writers[i]
                    break

    # ------------------------------------------------------------ raw

    def fast_raw(self):
        w_raw = self.w_raw
        if isinstance(w_raw, W_FileIO) and not w_raw.is_user:
            return w_raw
        return None

    def raw_read(self, n):
        f = self.fast_raw()
        if f is not None:
            return f.read(n)
        w_data = call_method(self.w_raw, 'read', [newint(n)])
        data = bytes_result(w_data, 'raw read()')
        refcount.discard(w_data)
        if data is not None and len(data) > n:
            raise oefmt(exc.w_OSError, "raw readinto() returned invalid "
                        "length %d (should have been between 0 and %d)" %
                        (len(data), n))
        return data

    def raw_readall(self):
        f = self.fast_raw()
        if f is not None:
            return f.readall()
        if self.w_raw.gettype().lookup('readall') is None:
            return self.raw_read_chunks()
        w_data = call_method(self.w_raw, 'readall', [])
        data = bytes_result(w_data, 'readall()')
        refcount.discard(w_data)
        return data

    def raw_read_chunks(self):
        """A raw stream without readall (BytesIO): raw.read() until it
        returns b'' (or None: None if nothing was read), as CPython."""
        b = StringBuilder()
        got = False
        while True:
            w_data = call_method(self.w_raw, 'read', [])
            data = bytes_result(w_data, 'read()')
            refcount.discard(w_data)
            if data is None:
                if not got:
                    return None
                break
            if len(data) == 0:
                break
            got = True
            b.append(data)
        return b.build()

    def raw_write(self, data):
        f = self.fast_raw()
        if f is not None:
            return f.write(data)
        w_n = call_method(self.w_raw, 'write', [W_BytesObject(data)])
        if w_n is space.w_None:
            return -1
        n = space.int_w(w_n)
        refcount.discard(w_n)
        if n < 0 or n > len(data):
            raise oefmt(exc.w_OSError, "raw write() returned invalid length "
                        "%d (should have been between 0 and %d)" %
                        (n, len(data)))
        return n

    def raw_seek(self, pos, whence):
        f = self.fast_raw()
        if f is not None:
            return f.seek(pos, whence)
        w_n = call_method(self.w_raw, 'seek', [newint(pos), newint(whence)])
        n = space.int_w(w_n)
        refcount.discard(w_n)
        if n < 0:
            raise oefmt(exc.w_OSError, "Raw stream returned invalid "
                        "position %d" % n)
        return n

    def raw_tell(self):
        f = self.fast_raw()
        if f is not None:
            return f.tell()
        w_n = call_method(self.w_raw, 'tell', [])
        n = space.int_w(w_n)
        refcount.discard(w_n)
        if n < 0:
            raise oefmt(exc.w_OSError, "Raw stream returned invalid "
                        "position %d" % n)
        return n

    def raw_closed(self):
        f = self.fast_raw()
        if f is not None:
            return f.fd < 0
        return get_attr_bool(self.w_raw, 'closed')

    def raw_close(self):
        f = self.fast_raw()
        if f is not None:
            f.iobase_closed = True
            f.close()
            return
        call_method_discard(self.w_raw, 'close', [])

    # ------------------------------------------------------------ checks

    def check_init(self):
        if self.detached:
            raise oefmt(exc.w_ValueError, "raw stream has been detached")
        if not self.ok:
            raise oefmt(exc.w_ValueError,
                        "I/O operation on uninitialized object")

    def check_closed(self, what):
        self.check_init()
        if self.raw_closed():
            if what is None:
                raise closed_error()
            raise oefmt(exc.w_ValueError, "%s closed file" % what)

    def check_readable(self):
        if not self.is_reader():
            raise unsupported("read")

    # ------------------------------------------------------------ writing

    def flush_writes(self):
        if self.outstream is not None:
            self.outstream.flush()
            return
        if self.wsize == 0:
            return
        data = ''.join(self.wbuf)
        self.wbuf = []
        self.wsize = 0
        while len(data) > 0:
            n = self.raw_write(data)
            if n < 0:
                self.wbuf = [data]
                self.wsize = len(data)
                raise oefmt(exc.w_BlockingIOError,
                            "write could not complete without blocking")
            assert n >= 0
            data = data[n:]

    def rewind_reads(self):
        unread = len(self.rbuf) - self.rpos
        self.rbuf = ''
        self.rpos = 0
        if unread > 0:
            self.raw_seek(-unread, 1)

    def flush_and_rewind(self):
        if self.is_writer():
            self.flush_writes()
        if self.is_reader():
            self.rewind_reads()

    def write(self, data):
        self.check_closed('write to')
        if self.outstream is not None:
            self.outstream.write(data)
            return len(data)
        if self.kind == RANDOM and len(self.rbuf) - self.rpos > 0:
            self.rewind_reads()
        self.rbuf = ''
        self.rpos = 0
        self.wbuf.append(data)
        self.wsize += len(data)
        if self.wsize >= self.buffer_size:
            self.flush_writes()
        return len(data)

    def flush(self):
        if self.kind == READER:
            self.check_init()
            f = self.fast_raw()
            if f is not None:
                if f.fd < 0:
                    raise closed_error()
            else:
                call_method_discard(self.w_raw, 'flush', [])
            return
        self.check_closed('flush of')
        self.flush_writes()
        if self.kind == RANDOM:
            self.rewind_reads()

    # ------------------------------------------------------------ reading

    def avail(self):
        return len(self.rbuf) - self.rpos

    def take(self, n):
        """n bytes (n <= avail) from the read buffer."""
        start = self.rpos
        end = start + n
        assert start >= 0 and end >= start
        self.rpos = end
        if end >= len(self.rbuf):
            s = self.rbuf[start:]
            self.rbuf = ''
            self.rpos = 0
            return s
        return self.rbuf[start:end]

    def fill(self):
        """One raw read into the (empty) buffer: the bytes read, '' at
        end of file, None if it would block."""
        data = self.raw_read(self.buffer_size)
        if data is None or len(data) == 0:
            return data
        self.rbuf = data
        self.rpos = 0
        return data

    def before_read(self):
        if self.kind == RANDOM and self.wsize > 0:
            self.flush_writes()

    def read(self, n):
        """None when the raw stream would block and nothing was read."""
        self.check_readable()
        self.check_closed('read of')
        self.before_read()
        if n < 0:
            head = self.take(self.avail())
            rest = self.raw_readall()
            if rest is None:
                if len(head) == 0:
                    return None
                return head
            return head + rest
        avail = self.avail()
        if n <= avail:
            return self.take(n)
        b = StringBuilder()
        b.append(self.take(avail))
        remaining = n - avail
        while remaining > 0:
            if remaining > self.buffer_size:
                chunk = self.raw_read(remaining)
                if chunk is None:
                    if b.getlength() == 0:
                        return None
                    break
                if len(chunk) == 0:
                    break
                b.append(chunk)
                remaining -= len(chunk)
                continue
            chunk = self.fill()
            if chunk is None:
                if b.getlength() == 0:
                    return None
                break
            if len(chunk) == 0:
                break
            got = min(remaining, self.avail())
            b.append(self.take(got))
            remaining -= got
        return b.build()

    def read1(self, n):
        self.check_readable()
        self.check_closed('read of')
        if n < 0:
            n = self.buffer_size
        if n == 0:
            return ''
        self.before_read()
        avail = self.avail()
        if avail > 0:
            return self.take(min(n, avail))
        self.rbuf = ''
        self.rpos = 0
        data = self.raw_read(n)
        if data is None:
            return ''
        return data

    def peek(self):
        self.check_readable()
        self.check_closed('peek of')
        self.before_read()
        if self.avail() > 0:
            rpos = self.rpos
            assert rpos >= 0
            return self.rbuf[rpos:]
        data = self.fill()
        if data is None:
            return ''
        return data

    def readline(self, limit):
        self.check_readable()
        self.check_closed('readline of')
        self.before_read()
        b = StringBuilder()
        while limit < 0 or b.getlength() < limit:
            if self.avail() == 0:
                data = self.fill()
                if data is None or len(data) == 0:
                    break
            start = self.rpos
            assert start >= 0
            i = self.rbuf.find('\n', start)
            if i >= 0:
                n = i + 1 - start
            else:
                n = len(self.rbuf) - start
            if limit >= 0:
                n = min(n, limit - b.getlength())
            chunk = self.take(n)
            b.append(chunk)
            if len(chunk) > 0 and chunk[len(chunk) - 1] == '\n':
                break
        return b.build()

    # ------------------------------------------------------------ positions

    def seek(self, pos, whence):
        if whence < 0 or whence > 2:
            raise oefmt(exc.w_ValueError, "whence value %d unsupported" %
                        whence)
        self.check_closed('seek of')
        if self.is_writer():
            self.flush_writes()
        if whence == 1:
            pos -= self.avail()
        self.rbuf = ''
        self.rpos = 0
        return self.raw_seek(pos, whence)

    def tell(self):
        self.check_init()
        pos = self.raw_tell() - self.avail() + self.wsize
        if pos < 0:
            pos = 0
        return pos

    def close(self):
        """BufferedX.close(): flush, close the raw stream (the flush error
        wins, as in CPython)."""
        self.check_init()
        if self.raw_closed():
            return
        flush_error = None
        if self.is_writer():
            try:
                self.flush()
            except OperationError as e:
                flush_error = e
        self.rbuf = ''
        self.rpos = 0
        self.unregister()
        try:
            self.raw_close()
        except OperationError as e:
            if flush_error is not None:
                swallow(e)
                raise flush_error
            raise
        if flush_error is not None:
            raise flush_error

    def setup(self, w_raw, buffer_size):
        if buffer_size <= 0:
            raise oefmt(exc.w_ValueError,
                        "buffer size must be strictly positive")
        refcount.incref(w_raw)
        w_old = self.w_raw
        self.w_raw = w_raw
        refcount.decref(w_old)
        self.buffer_size = buffer_size
        self.rbuf = ''
        self.rpos = 0
        self.wbuf = []
        self.wsize = 0
        self.detached = False
        self.ok = True
        self.register()

W_UserBuffered = make_user_subclass(W_Buffered)


def _buf(w_self):
    assert isinstance(w_self, W_Buffered)
    return w_self


def check_raw(w_raw, kind):
    if kind != WRITER:
        f = w_raw if isinstance(w_raw, W_FileIO) and not w_raw.is_user \
            else None
        ok = f.readable if f is not None and f.fd >= 0 else \
            call_method_bool(w_raw, 'readable')
        if not ok:
            raise unsupported("File or stream is not readable.")
    if kind != READER:
        f = w_raw if isinstance(w_raw, W_FileIO) and not w_raw.is_user \
            else None
        ok = f.writable if f is not None and f.fd >= 0 else \
            call_method_bool(w_raw, 'writable')
        if not ok:
            raise unsupported("File or stream is not writable.")
    if kind == RANDOM:
        if not call_method_bool(w_raw, 'seekable'):
            raise unsupported("File or stream is not seekable.")


def buffered_init(w_self, w_raw, buffer_size):
    b = _buf(w_self)
    check_raw(w_raw, b.kind)
    b.setup(w_raw, buffer_size)


def new_buffered(kind, w_raw, buffer_size):
    w_b = W_Buffered(kind)
    try:
        buffered_init(w_b, w_raw, buffer_size)
    except OperationError:
        refcount.discard(w_b)
        raise
    return w_b


def _size_arg(w_size):
    if w_size is None:
        return DEFAULT_BUFFER_SIZE
    return space.int_w(w_size)


def _make_new(kind):
    w_type = KIND_TYPES[kind]
    name = KIND_NAMES[kind]

    def new(w_cls, args_w, kw_names, kw_values_w):
        user = check_new(w_cls, w_type)
        if user:
            w_res = W_UserBuffered(kind)
            assert isinstance(w_cls, W_TypeObject)
            w_res.init_map(w_cls)
            return w_res
        w_raw, w_size = parse_args(name, ['raw', 'buffer_size'], 1, 2,
                                   args_w, kw_names, kw_values_w)
        return new_buffered(kind, w_raw, _size_arg(w_size))
    new.__name__ = 'buffered_new_%d' % kind
    subclassable_constructor(w_type, '%s(*args, **kwargs)' % name)(new)

    def init(w_self, w_raw, w_size):
        buffered_init(w_self, w_raw, space.int_w(w_size))
        return space.w_None
    init.__name__ = 'buffered_init_%d' % kind
    method(w_type, '__init__(self, raw, buffer_size=%d)' %
           DEFAULT_BUFFER_SIZE, W_Buffered)(init)

for _kind in [READER, WRITER, RANDOM]:
    _make_new(_kind)


# ---------------------------------------------------------------- methods

READ_TYPES = [w_BufferedReader_type, w_BufferedRandom_type]
WRITE_TYPES = [w_BufferedWriter_type, w_BufferedRandom_type]


def _bytes_or_none(data):
    if data is None:
        return space.w_None
    return W_BytesObject(data)


def _read(w_self, w_size):
    return _bytes_or_none(_buf(w_self).read(size_arg(w_size)))


def _read1(w_self, w_size):
    return W_BytesObject(_buf(w_self).read1(size_arg(w_size)))


def _peek(w_self, w_size):
    return W_BytesObject(_buf(w_self).peek())


def _readline(w_self, w_size):
    return W_BytesObject(_buf(w_self).readline(size_arg(w_size)))


def _readinto(w_self, w_buffer):
    n = buffer_len(w_buffer)
    data = _buf(w_self).read(n)
    if data is None:
        return space.w_None
    write_into(w_buffer, data)
    return newint(len(data))


def _readinto1(w_self, w_buffer):
    n = buffer_len(w_buffer)
    data = _buf(w_self).read1(n)
    write_into(w_buffer, data)
    return newint(len(data))


def _write(w_self, w_b):
    b = _buf(w_self)
    b.check_init()
    return newint(b.write(bytes_arg(w_b)))


for _w_t in READ_TYPES:
    method(_w_t, 'read(self, size=-1, /)', W_Buffered)(_read)
    method(_w_t, 'read1(self, size=-1, /)', W_Buffered)(_read1)
    method(_w_t, 'peek(self, size=0, /)', W_Buffered)(_peek)
    method(_w_t, 'readline(self, size=-1, /)', W_Buffered)(_readline)
    method(_w_t, 'readinto(self, buffer, /)', W_Buffered)(_readinto)
    method(_w_t, 'readinto1(self, buffer, /)', W_Buffered)(_readinto1)
for _w_t in WRITE_TYPES:
    method(_w_t, 'write(self, buffer, /)', W_Buffered)(_write)


def _flush(w_self):
    _buf(w_self).flush()
    return space.w_None


def _close(w_self):
    b = _buf(w_self)
    b.close()
    return space.w_None


def _detach(w_self):
    b = _buf(w_self)
    b.check_init()
    b.flush()
    w_raw = b.w_raw
    b.w_raw = None
    b.detached = True
    b.unregister()
    refcount.disown(w_raw)
    return w_raw


def _seek(w_self, w_pos, w_whence):
    from fastpy.objspace.floatobject import W_FloatObject
    if isinstance(w_pos, W_FloatObject):
        raise oefmt(exc.w_TypeError, "an integer is required")
    return newint(_buf(w_self).seek(space.int_w(w_pos),
                                    space.int_w(w_whence)))


def _tell(w_self):
    return newint(_buf(w_self).tell())


def _truncate(w_self, w_pos):
    b = _buf(w_self)
    b.check_closed('truncate of')
    if not b.is_writer():
        raise unsupported("truncate")
    b.flush_and_rewind()
    if w_pos is space.w_None:
        w_pos = newint(b.raw_tell())
    return call_method(b.w_raw, 'truncate', [w_pos])


def _delegate(name):
    def f(w_self):
        b = _buf(w_self)
        b.check_init()
        return call_method(b.w_raw, name, [])
    f.__name__ = 'buffered_' + name
    return f


def _get_raw(w_self):
    b = _buf(w_self)
    b.check_init()
    return b.w_raw


def _get_closed(w_self):
    b = _buf(w_self)
    b.check_init()
    return space.newbool(b.raw_closed())


def _getattr_raw(name):
    def get(w_self):
        b = _buf(w_self)
        b.check_init()
        return space.getattr_w(b.w_raw, name)
    get.__name__ = 'buffered_get_' + name
    return get


def _repr(w_self):
    b = _buf(w_self)
    tname = u'_io.' + KIND_NAMES[b.kind].decode('utf-8')
    if b.is_user:
        tname = b.gettype().name.decode('utf-8')
    return newstr(repr_with_name(tname, b.w_raw, b.detached))


def repr_with_name(tname, w_raw, detached):
    if w_raw is None or detached:
        return u'<' + tname + u'>'
    try:
        w_name = space.getattr_w(w_raw, 'name')
    except OperationError as e:
        if not (e.match(exc.w_AttributeError) or
                e.match(exc.w_ValueError)):
            raise
        swallow(e)
        return u'<' + tname + u'>'
    try:
        return u'<' + tname + u' name=' + space.repr_u(w_name) + u'>'
    finally:
        refcount.discard(w_name)


def _next(w_self):
    line = _buf(w_self).readline(-1)
    if len(line) == 0:
        from fastpy.modules.iobase import _stop_iteration
        raise _stop_iteration()
    return W_BytesObject(line)


_flush_f = _delegate('fileno')
_isatty_f = _delegate('isatty')
_seekable_f = _delegate('seekable')
_readable_f = _delegate('readable')
_writable_f = _delegate('writable')

for _w_t in KIND_TYPES:
    method(_w_t, 'flush(self, /)', W_Buffered)(_flush)
    method(_w_t, 'close(self, /)', W_Buffered)(_close)
    method(_w_t, 'detach(self, /)', W_Buffered)(_detach)
    method(_w_t, 'seek(self, target, whence=0, /)', W_Buffered)(_seek)
    method(_w_t, 'tell(self, /)', W_Buffered)(_tell)
    method(_w_t, 'truncate(self, pos=None, /)', W_Buffered)(_truncate)
    method(_w_t, 'fileno(self, /)', W_Buffered)(_flush_f)
    method(_w_t, 'isatty(self, /)', W_Buffered)(_isatty_f)
    method(_w_t, 'seekable(self, /)', W_Buffered)(_seekable_f)
    method(_w_t, '__repr__(self, /)', W_Buffered)(_repr)
    getset(_w_t, 'raw', _get_raw)
    getset(_w_t, 'closed', _get_closed)
    getset(_w_t, 'name', _getattr_raw('name'))
    getset(_w_t, 'mode', _getattr_raw('mode'))
for _w_t in READ_TYPES:
    method(_w_t, 'readable(self, /)', W_Buffered)(_readable_f)
    method(_w_t, '__next__(self, /)', W_Buffered)(_next)
for _w_t in WRITE_TYPES:
    method(_w_t, 'writable(self, /)', W_Buffered)(_writable_f)


def flush_all():
    """At exit: flush every open buffered writer (errors ignored)."""
    for b in state.writers[:]:
        try:
            if b.w_raw is not None and not b.raw_closed():
                b.flush_writes()
        except OperationError as e:
            swallow(e)


# ---------------------------------------------------------------- RWPair

class W_BufferedRWPair(W_IOObject):
    _attrs_ = ['w_reader', 'w_writer']

    def __init__(self):
        self.w_reader = None
        self.w_writer = None

    def gettype(self):
        return w_BufferedRWPair_type

    def referents(self):
        return [w for w in [self.w_reader, self.w_writer] if w is not None]

    def release_children(self):
        w_reader, w_writer = self.w_reader, self.w_writer
        self.w_reader = self.w_writer = None
        refcount.decref(w_reader)
        refcount.decref(w_writer)

    def reader(self):
        w_r = self.w_reader
        if w_r is None:
            raise oefmt(exc.w_ValueError,
                        "I/O operation on uninitialized object")
        assert isinstance(w_r, W_Buffered)
        return w_r

    def writer(self):
        w_w = self.w_writer
        if w_w is None:
            raise oefmt(exc.w_ValueError,
                        "I/O operation on uninitialized object")
        assert isinstance(w_w, W_Buffered)
        return w_w

W_UserBufferedRWPair = make_user_subclass(W_BufferedRWPair)


def rwpair_init(w_self, w_reader, w_writer, size):
    assert isinstance(w_self, W_BufferedRWPair)
    w_r = new_buffered(READER, w_reader, size)
    refcount.incref(w_r)
    try:
        w_w = new_buffered(WRITER, w_writer, size)
    except OperationError:
        refcount.decref(w_r)
        raise
    refcount.incref(w_w)
    w_old_r, w_old_w = w_self.w_reader, w_self.w_writer
    w_self.w_reader = w_r
    w_self.w_writer = w_w
    refcount.decref(w_old_r)
    refcount.decref(w_old_w)


@subclassable_constructor(w_BufferedRWPair_type,
                          'BufferedRWPair(*args, **kwargs)')
def rwpair_new(w_cls, args_w, kw_names, kw_values_w):
    user = check_new(w_cls, w_BufferedRWPair_type)
    if user:
        w_res = W_UserBufferedRWPair()
        assert isinstance(w_cls, W_TypeObject)
        w_res.init_map(w_cls)
        return w_res
    if kw_names is not None and len(kw_names) > 0:
        raise oefmt(exc.w_TypeError,
                    "BufferedRWPair() takes no keyword arguments")
    w_r, w_w, w_size = parse_args('BufferedRWPair', ['reader', 'writer',
                                                     'buffer_size'], 2, 3,
                                  args_w, None, None)
    w_p = W_BufferedRWPair()
    try:
        rwpair_init(w_p, w_r, w_w, _size_arg(w_size))
    except OperationError:
        refcount.discard(w_p)
        raise
    return w_p


@method(w_BufferedRWPair_type, '__init__(self, reader, writer, '
        'buffer_size=%d, /)' % DEFAULT_BUFFER_SIZE, W_BufferedRWPair)
def rwpair_init_method(w_self, w_r, w_w, w_size):
    rwpair_init(w_self, w_r, w_w, space.int_w(w_size))
    return space.w_None


def _pair(w_self):
    assert isinstance(w_self, W_BufferedRWPair)
    return w_self


def _pair_reader_method(name, spec, impl):
    def f(w_self, w_arg):
        return impl(_pair(w_self).reader(), w_arg)
    f.__name__ = 'rwpair_' + name
    method(w_BufferedRWPair_type, spec, W_BufferedRWPair)(f)

_pair_reader_method('read', 'read(self, size=-1, /)', _read)
_pair_reader_method('read1', 'read1(self, size=-1, /)', _read1)
_pair_reader_method('peek', 'peek(self, size=0, /)', _peek)
_pair_reader_method('readline', 'readline(self, size=-1, /)', _readline)
_pair_reader_method('readinto', 'readinto(self, buffer, /)', _readinto)
_pair_reader_method('readinto1', 'readinto1(self, buffer, /)', _readinto1)


@method(w_BufferedRWPair_type, 'write(self, buffer, /)', W_BufferedRWPair)
def rwpair_write(w_self, w_b):
    return _write(_pair(w_self).writer(), w_b)


@method(w_BufferedRWPair_type, 'flush(self, /)', W_BufferedRWPair)
def rwpair_flush(w_self):
    _pair(w_self).writer().flush()
    return space.w_None


@method(w_BufferedRWPair_type, 'readable(self, /)', W_BufferedRWPair)
def rwpair_readable(w_self):
    return call_method(_pair(w_self).reader().w_raw, 'readable', [])


@method(w_BufferedRWPair_type, 'writable(self, /)', W_BufferedRWPair)
def rwpair_writable(w_self):
    return call_method(_pair(w_self).writer().w_raw, 'writable', [])


@method(w_BufferedRWPair_type, 'isatty(self, /)', W_BufferedRWPair)
def rwpair_isatty(w_self):
    p = _pair(w_self)
    if call_method_bool(p.writer().w_raw, 'isatty'):
        return space.w_True
    return call_method(p.reader().w_raw, 'isatty', [])


@method(w_BufferedRWPair_type, 'close(self, /)', W_BufferedRWPair)
def rwpair_close(w_self):
    p = _pair(w_self)
    error = None
    try:
        p.writer().close()
    except OperationError as e:
        error = e
    try:
        p.reader().close()
    except OperationError as e:
        if error is not None:
            swallow(e)
        else:
            error = e
    if error is not None:
        raise error
    return space.w_None


def _pair_closed(w_self):
    return space.newbool(_pair(w_self).writer().raw_closed())

getset(w_BufferedRWPair_type, 'closed', _pair_closed)
