"""_io's abstract base types: _IOBase, _RawIOBase, _BufferedIOBase,
_TextIOBase, and io.UnsupportedOperation.

Their methods work on any object through attribute lookup (CPython's
iobase.c): `close` calls `self.flush()`, `__next__` calls
`self.readline()`, `readline` uses `self.peek`/`self.read`, so they serve
both the concrete types (FileIO, BufferedReader, TextIOWrapper, ...) and
user subclasses (`class MyIO(io.TextIOBase)`; io.py subclasses these
types and registers its ABCs on them).  Instances of the base types
themselves are W_IOBaseInstance; the concrete types' RPython classes
derive from W_IOObject too.

Helpers shared by the io files: `call_method`, the closed checks and
CPython's error messages.
"""

from rpython.rlib.rstring import StringBuilder

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.modules.modtypes import module_type, subclassable_constructor
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.bytearrayobject import W_BytearrayObject
from fastpy.objspace.intobject import newint
from fastpy.objspace.listobject import newlist
from fastpy.objspace.mapdict import make_user_subclass

DEFAULT_BUFFER_SIZE = 8192

w_IOBase_type = module_type('_IOBase', '_io')
w_RawIOBase_type = W_TypeObject('_RawIOBase', w_IOBase_type)
w_BufferedIOBase_type = W_TypeObject('_BufferedIOBase', w_IOBase_type)
w_TextIOBase_type = W_TypeObject('_TextIOBase', w_IOBase_type)
for _w_t in [w_RawIOBase_type, w_BufferedIOBase_type, w_TextIOBase_type]:
    _w_t.dict_w['__module__'] = newstr(u'_io')
del _w_t



class IOState(object):
    """io.UnsupportedOperation is a heap type (io.py sets its
    __module__): made by type() once per interpreter."""
    def __init__(self):
        self.w_unsupported = None

iostate = IOState()


def unsupported_type():
    w_t = iostate.w_unsupported
    if w_t is None:
        from fastpy.objspace.typemethods import type_new
        from fastpy.objspace.typeobject import w_type_type
        from fastpy.objspace.dictobject import newdict
        w_d = newdict()
        w_d.setitem_str('__module__', newstr(u'io'))
        refcount.incref(w_d)
        try:
            w_t = type_new(w_type_type, 'UnsupportedOperation',
                           [exc.w_OSError, exc.w_ValueError], w_d, [], [])
        finally:
            refcount.decref(w_d)
        assert isinstance(w_t, W_TypeObject)
        iostate.w_unsupported = w_t
    return w_t


class W_IOObject(W_Counted):
    """Every _io object.  `iobase_closed` is CPython's __IOBase_closed."""
    _attrs_ = ['iobase_closed']
    iobase_closed = False

    def io_close_on_release(self):
        """Flush and close when the last reference goes (CPython's
        iobase_finalize); errors are ignored."""
        pass

    # iter(f) is f (after a closed check), next(f) calls f.__next__;
    # the concrete types override these with direct implementations.
    def sp_iter(self):
        check_closed(self)
        return self

    def sp_is_iterator(self):
        return True

    def sp_next(self):
        try:
            return call_method(self, '__next__', [])
        except OperationError as e:
            if not e.match(exc.w_StopIteration):
                raise
            swallow(e)
            return None

    def sp_repr(self):
        return self.io_repr()

    def io_repr(self):
        return None


class W_IOBaseInstance(W_IOObject):
    """An instance of _IOBase or one of the three other base types."""
    _attrs_ = ['w_type']

    def __init__(self, w_type):
        self.w_type = w_type

    def gettype(self):
        return self.w_type

W_UserIOBase = make_user_subclass(W_IOBaseInstance)


@subclassable_constructor(w_IOBase_type, '_IOBase(*args, **kwargs)')
def iobase_new(w_cls, args_w, kw_names, kw_values_w):
    if not isinstance(w_cls, W_TypeObject) or \
            not w_cls.is_subtype(w_IOBase_type):
        raise oefmt(exc.w_TypeError, "_IOBase.__new__(X): X is not a "
                    "subtype of _IOBase")
    assert isinstance(w_cls, W_TypeObject)
    if w_cls.is_heaptype:
        w_res = W_UserIOBase(w_cls)
        assert isinstance(w_cls, W_TypeObject)
        w_res.init_map(w_cls)
        return w_res
    return W_IOBaseInstance(w_cls)


# ---------------------------------------------------------------- helpers

def call_method(w_obj, name, args_w):
    """w_obj.name(*args_w); the arguments are held by the caller (or not
    counted).  The result is a temporary."""
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    from fastpy.objspace.attribute import load_method
    w_func, is_method = load_method(w_obj, name)
    if is_method:
        return call_function(w_func, Arguments([w_obj] + args_w))
    refcount.incref(w_func)
    try:
        return call_function(w_func, Arguments(args_w))
    finally:
        refcount.decref(w_func)


def call_method_discard(w_obj, name, args_w):
    refcount.discard(call_method(w_obj, name, args_w))


def call_method_bool(w_obj, name):
    w_res = call_method(w_obj, name, [])
    try:
        return space.is_true(w_res)
    finally:
        refcount.discard(w_res)


def get_attr_bool(w_obj, name):
    w_res = space.getattr_w(w_obj, name)
    try:
        return space.is_true(w_res)
    finally:
        refcount.discard(w_res)


def closed_error():
    return oefmt(exc.w_ValueError, "I/O operation on closed file.")


def unsupported(msg):
    """io.UnsupportedOperation(msg), to raise."""
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    w_exc = call_function(unsupported_type(), Arguments([newstr(
        msg.decode('utf-8'))]))
    from fastpy.objspace.exceptions import W_BaseException
    assert isinstance(w_exc, W_BaseException)
    return OperationError(w_exc)


def is_closed(w_obj):
    """bool(w_obj.closed)."""
    return get_attr_bool(w_obj, 'closed')


def check_closed(w_obj):
    if is_closed(w_obj):
        raise closed_error()


def swallow(e):
    refcount.discard(e.w_exc)


def oserror(errno, w_filename=None):
    """OSError (its errno subclass) for errno, with a filename."""
    import os
    from fastpy.objspace.excfields import exc_new
    w_errno = newint(errno)
    w_msg = space.newtext(os.strerror(errno))
    if w_filename is not None:
        args_w = [w_errno, w_msg, w_filename]
    else:
        args_w = [w_errno, w_msg]
    w_exc = exc_new(exc.w_OSError, args_w, None)
    return OperationError(w_exc)


def bytes_arg(w_obj):
    """The bytes of a bytes-like argument (TypeError otherwise)."""
    from fastpy.objspace.bytesmethods import bytes_like_or_none
    s = bytes_like_or_none(w_obj)
    if s is None:
        raise oefmt(exc.w_TypeError, "a bytes-like object is required, not "
                    "'%s'" % space.type_name(w_obj))
    return s


def bytes_result(w_obj, what):
    """The bytes a read method returned (None stays None)."""
    from fastpy.objspace.bytesmethods import bytes_like_or_none
    if w_obj is space.w_None:
        return None
    s = bytes_like_or_none(w_obj)
    if s is None:
        raise oefmt(exc.w_TypeError, "%s should have returned a bytes-like "
                    "object, not '%s'" % (what, space.type_name(w_obj)))
    return s


def size_arg(w_size):
    """A size argument: None or an int (negative: everything)."""
    if w_size is None or w_size is space.w_None:
        return -1
    from fastpy.objspace.space import is_int
    if not is_int(w_size):
        raise oefmt(exc.w_TypeError, "argument should be integer or None, "
                    "not '%s'" % space.type_name(w_size))
    return space.int_w(w_size)


def write_into(w_buffer, data):
    """Copy data into a writable buffer (bytearray, memoryview)."""
    from fastpy.objspace.memoryobject import W_MemoryView
    if isinstance(w_buffer, W_BytearrayObject):
        for i in range(len(data)):
            w_buffer.data[i] = data[i]
        return
    if isinstance(w_buffer, W_MemoryView):
        w_buffer.check()
        w_base = w_buffer.w_obj
        if isinstance(w_base, W_BytearrayObject):
            for i in range(len(data)):
                w_base.data[w_buffer.start + i * w_buffer.step] = data[i]
            return
    raise oefmt(exc.w_TypeError, "readinto() argument must be read-write "
                "bytes-like object, not %s" % space.type_name(w_buffer))


def buffer_len(w_buffer):
    from fastpy.objspace.memoryobject import W_MemoryView
    if isinstance(w_buffer, W_BytearrayObject):
        return len(w_buffer.data)
    if isinstance(w_buffer, W_MemoryView):
        if not w_buffer.readonly():
            return w_buffer.sp_len()
    raise oefmt(exc.w_TypeError, "readinto() argument must be read-write "
                "bytes-like object, not %s" % space.type_name(w_buffer))


# ---------------------------------------------------------------- _IOBase

@method(w_IOBase_type, 'seek(self, offset, whence=0, /)', W_IOObject)
def iobase_seek(w_self, w_offset, w_whence):
    raise unsupported("seek")


@method(w_IOBase_type, 'tell(self, /)', W_IOObject)
def iobase_tell(w_self):
    return call_method(w_self, 'seek', [newint(0), newint(1)])


@method(w_IOBase_type, 'truncate(self, size=None, /)', W_IOObject)
def iobase_truncate(w_self, w_size):
    raise unsupported("truncate")


@method(w_IOBase_type, 'flush(self, /)', W_IOObject)
def iobase_flush(w_self):
    assert isinstance(w_self, W_IOObject)
    if w_self.iobase_closed:
        raise closed_error()
    return space.w_None


@method(w_IOBase_type, 'close(self, /)', W_IOObject)
def iobase_close(w_self):
    assert isinstance(w_self, W_IOObject)
    if w_self.iobase_closed:
        return space.w_None
    try:
        call_method_discard(w_self, 'flush', [])
    finally:
        w_self.iobase_closed = True
    return space.w_None


@method(w_IOBase_type, 'seekable(self, /)', W_IOObject)
def iobase_seekable(w_self):
    return space.w_False


@method(w_IOBase_type, 'readable(self, /)', W_IOObject)
def iobase_readable(w_self):
    return space.w_False


@method(w_IOBase_type, 'writable(self, /)', W_IOObject)
def iobase_writable(w_self):
    return space.w_False


@method(w_IOBase_type, '_checkClosed(self, *args)', W_IOObject)
def iobase_check_closed(w_self, args_w):
    check_closed(w_self)
    return space.w_None


@method(w_IOBase_type, '_checkSeekable(self, *args)', W_IOObject)
def iobase_check_seekable(w_self, args_w):
    if not call_method_bool(w_self, 'seekable'):
        raise unsupported("File or stream is not seekable.")
    return space.w_True


@method(w_IOBase_type, '_checkReadable(self, *args)', W_IOObject)
def iobase_check_readable(w_self, args_w):
    if not call_method_bool(w_self, 'readable'):
        raise unsupported("File or stream is not readable.")
    return space.w_True


@method(w_IOBase_type, '_checkWritable(self, *args)', W_IOObject)
def iobase_check_writable(w_self, args_w):
    if not call_method_bool(w_self, 'writable'):
        raise unsupported("File or stream is not writable.")
    return space.w_True


@method(w_IOBase_type, 'fileno(self, /)', W_IOObject)
def iobase_fileno(w_self):
    raise unsupported("fileno")


@method(w_IOBase_type, 'isatty(self, /)', W_IOObject)
def iobase_isatty(w_self):
    check_closed(w_self)
    return space.w_False


@method(w_IOBase_type, '__enter__(self, /)', W_IOObject)
def iobase_enter(w_self):
    check_closed(w_self)
    return w_self


@method(w_IOBase_type, '__exit__(self, *args)', W_IOObject)
def iobase_exit(w_self, args_w):
    return call_method(w_self, 'close', [])


@method(w_IOBase_type, '__iter__(self, /)', W_IOObject)
def iobase_iter(w_self):
    check_closed(w_self)
    return w_self


@method(w_IOBase_type, '__next__(self, /)', W_IOObject)
def iobase_next(w_self):
    w_line = call_method(w_self, 'readline', [])
    if space.len_w(w_line) == 0:
        refcount.discard(w_line)
        raise _stop_iteration()
    return w_line


def _stop_iteration():
    from fastpy.objspace.exceptions import W_BaseException
    return OperationError(W_BaseException(exc.w_StopIteration, []))


@method(w_IOBase_type, 'readline(self, size=-1, /)', W_IOObject)
def iobase_readline(w_self, w_size):
    limit = size_arg(w_size)
    has_peek = space_hasattr(w_self, 'peek')
    b = StringBuilder()
    total = 0
    while limit < 0 or total < limit:
        nreadahead = 1
        if has_peek:
            w_ahead = call_method(w_self, 'peek', [newint(1)])
            ahead = bytes_result(w_ahead, 'peek()')
            refcount.discard(w_ahead)
            if ahead is not None and len(ahead) > 0:
                n = 0
                while n < len(ahead) and (limit < 0 or n < limit - total):
                    n += 1
                    if ahead[n - 1] == '\n':
                        break
                nreadahead = n
        w_b = call_method(w_self, 'read', [newint(nreadahead)])
        data = bytes_result(w_b, 'read()')
        refcount.discard(w_b)
        if data is None or len(data) == 0:
            break
        b.append(data)
        total += len(data)
        if data[len(data) - 1] == '\n':
            break
    from fastpy.objspace.bytesobject import W_BytesObject
    return W_BytesObject(b.build())


def space_hasattr(w_obj, name):
    try:
        w_res = space.getattr_w(w_obj, name)
    except OperationError as e:
        if not e.match(exc.w_AttributeError):
            raise
        swallow(e)
        return False
    refcount.discard(w_res)
    return True


@method(w_IOBase_type, 'readlines(self, hint=-1, /)', W_IOObject)
def iobase_readlines(w_self, w_hint):
    hint = size_arg(w_hint)
    w_list = newlist([])
    refcount.incref(w_list)
    try:
        w_iter = space.get_iter(w_self)
        refcount.incref(w_iter)
        try:
            total = 0
            while True:
                w_line = space.next_w(w_iter)
                if w_line is None:
                    break
                w_list.append(w_line)
                refcount.discard(w_line)
                total += space.len_w(w_line)
                if hint > 0 and total >= hint:
                    break
        finally:
            refcount.decref(w_iter)
    except OperationError:
        refcount.decref(w_list)
        raise
    refcount.disown(w_list)
    return w_list


@method(w_IOBase_type, 'writelines(self, lines, /)', W_IOObject)
def iobase_writelines(w_self, w_lines):
    check_closed(w_self)
    w_iter = space.get_iter(w_lines)
    refcount.incref(w_iter)
    try:
        while True:
            w_line = space.next_w(w_iter)
            if w_line is None:
                break
            refcount.incref(w_line)
            try:
                call_method_discard(w_self, 'write', [w_line])
            finally:
                refcount.decref(w_line)
    finally:
        refcount.decref(w_iter)
    return space.w_None


def _iobase_closed(w_self):
    assert isinstance(w_self, W_IOObject)
    return space.w_True if w_self.iobase_closed else space.w_False

getset(w_IOBase_type, 'closed', _iobase_closed)


# ---------------------------------------------------------------- _RawIOBase

@method(w_RawIOBase_type, 'read(self, size=-1, /)', W_IOObject)
def rawiobase_read(w_self, w_size):
    n = size_arg(w_size)
    if n < 0:
        return call_method(w_self, 'readall', [])
    w_buf = W_BytearrayObject(['\x00'] * n)
    w_n = call_method(w_self, 'readinto', [w_buf])
    if w_n is space.w_None:
        return w_n
    got = space.int_w(w_n)
    refcount.discard(w_n)
    if got < 0 or got > n:
        raise oefmt(exc.w_ValueError, "readinto returned %d outside buffer "
                    "size %d" % (got, n))
    assert got >= 0
    return W_BytesObject(''.join(w_buf.data[:got]))


@method(w_RawIOBase_type, 'readall(self, /)', W_IOObject)
def rawiobase_readall(w_self):
    b = StringBuilder()
    while True:
        w_data = call_method(w_self, 'read', [newint(DEFAULT_BUFFER_SIZE)])
        if w_data is space.w_None:
            if b.getlength() == 0:
                return w_data
            break
        data = bytes_result(w_data, 'read()')
        refcount.discard(w_data)
        if data is None or len(data) == 0:
            break
        b.append(data)
    return W_BytesObject(b.build())


@method(w_RawIOBase_type, 'readinto(self, buffer, /)', W_IOObject)
def rawiobase_readinto(w_self, w_buf):
    raise oefmt(exc.w_NotImplementedError, "")


@method(w_RawIOBase_type, 'write(self, b, /)', W_IOObject)
def rawiobase_write(w_self, w_b):
    raise oefmt(exc.w_NotImplementedError, "")


# ---------------------------------------------------------------- _BufferedIOBase

@method(w_BufferedIOBase_type, 'detach(self, /)', W_IOObject)
def bufiobase_detach(w_self):
    raise unsupported("detach")


@method(w_BufferedIOBase_type, 'read(self, size=-1, /)', W_IOObject)
def bufiobase_read(w_self, w_size):
    raise unsupported("read")


@method(w_BufferedIOBase_type, 'read1(self, size=-1, /)', W_IOObject)
def bufiobase_read1(w_self, w_size):
    raise unsupported("read1")


def _readinto_generic(w_self, w_buf, name):
    n = buffer_len(w_buf)
    w_data = call_method(w_self, name, [newint(n)])
    data = bytes_result(w_data, name + '()')
    refcount.discard(w_data)
    if data is None:
        data = ''
    if len(data) > n:
        raise oefmt(exc.w_ValueError, "read() returned too much data: %d "
                    "bytes requested, %d returned" % (n, len(data)))
    write_into(w_buf, data)
    return newint(len(data))


@method(w_BufferedIOBase_type, 'readinto(self, buffer, /)', W_IOObject)
def bufiobase_readinto(w_self, w_buf):
    return _readinto_generic(w_self, w_buf, 'read')


@method(w_BufferedIOBase_type, 'readinto1(self, buffer, /)', W_IOObject)
def bufiobase_readinto1(w_self, w_buf):
    return _readinto_generic(w_self, w_buf, 'read1')


@method(w_BufferedIOBase_type, 'write(self, b, /)', W_IOObject)
def bufiobase_write(w_self, w_b):
    raise unsupported("write")


# ---------------------------------------------------------------- _TextIOBase

@method(w_TextIOBase_type, 'detach(self, /)', W_IOObject)
def textiobase_detach(w_self):
    raise unsupported("detach")


@method(w_TextIOBase_type, 'read(self, size=-1, /)', W_IOObject)
def textiobase_read(w_self, w_size):
    raise unsupported("read")


@method(w_TextIOBase_type, 'readline(self, size=-1, /)', W_IOObject)
def textiobase_readline(w_self, w_size):
    raise unsupported("readline")


@method(w_TextIOBase_type, 'write(self, s, /)', W_IOObject)
def textiobase_write(w_self, w_s):
    raise unsupported("write")


def _none_getter(w_self):
    return space.w_None

getset(w_TextIOBase_type, 'encoding', _none_getter)
getset(w_TextIOBase_type, 'newlines', _none_getter)
getset(w_TextIOBase_type, 'errors', _none_getter)


BASE_TYPES = [w_IOBase_type, w_RawIOBase_type, w_BufferedIOBase_type,
              w_TextIOBase_type]
