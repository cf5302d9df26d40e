"""_io.FileIO: raw unbuffered I/O on a file descriptor (CPython's
fileio.c): modes r/w/a/x with + and b, closefd, opener; the file is
closed when the object is released."""

import os
import stat

from rpython.rlib.rstring import StringBuilder
from rpython.rlib.rposix import O_CLOEXEC
from rpython.rlib.rstring import assert_str0

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.modules.modtypes import module_type, subclassable_constructor, \
    check_new, parse_args
from fastpy.modules.iobase import (
    W_IOObject, w_RawIOBase_type, unsupported, oserror, bytes_arg,
    size_arg, write_into, buffer_len, call_method, swallow)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace.strobject import W_StrObject, newstr, str_repr
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.boolobject import W_BoolObject
from fastpy.objspace.mapdict import make_user_subclass

w_FileIO_type = W_TypeObject('FileIO', w_RawIOBase_type)
w_FileIO_type.dict_w['__module__'] = newstr(u'_io')

SMALLCHUNK = 8192


class W_FileIO(W_IOObject):
    _attrs_ = ['fd', 'readable', 'writable', 'appending', 'created',
               'seekable', 'closefd', 'w_name', 'blksize']

    def __init__(self):
        self.fd = -1
        self.readable = False
        self.writable = False
        self.appending = False
        self.created = False
        self.seekable = -1
        self.closefd = True
        self.w_name = None
        self.blksize = 0

    def gettype(self):
        return w_FileIO_type

    def referents(self):
        return [] if self.w_name is None else [self.w_name]

    def release_children(self):
        self.io_close_on_release()
        w_name = self.w_name
        self.w_name = None
        refcount.decref(w_name)

    def io_close_on_release(self):
        if self.fd >= 0 and self.closefd:
            try:
                os.close(self.fd)
            except OSError:
                pass
        self.fd = -1

    def io_repr(self):
        return fileio_repr_u(self)

    def set_name(self, w_name):
        refcount.incref(w_name)
        w_old = self.w_name
        self.w_name = w_name
        refcount.decref(w_old)

    # ------------------------------------------------------------ checks

    def check_closed(self):
        if self.fd < 0:
            raise oefmt(exc.w_ValueError, "I/O operation on closed file")

    def check_readable(self):
        self.check_closed()
        if not self.readable:
            raise unsupported("File not open for reading")

    def check_writable(self):
        self.check_closed()
        if not self.writable:
            raise unsupported("File not open for writing")

    # ------------------------------------------------------------ operations

    def read(self, n):
        """Up to n bytes ('' at end of file), None if it would block."""
        self.check_readable()
        if n < 0:
            return self.readall()
        while True:
            try:
                return os.read(self.fd, n)
            except OSError as e:
                if e.errno == 4:        # EINTR
                    continue
                if e.errno == 11:       # EAGAIN
                    return None
                raise oserror(e.errno)

    def readall(self):
        self.check_readable()
        b = StringBuilder()
        bufsize = SMALLCHUNK
        while True:
            try:
                data = os.read(self.fd, bufsize)
            except OSError as e:
                if e.errno == 4:
                    continue
                if e.errno == 11:
                    if b.getlength() == 0:
                        return None
                    break
                raise oserror(e.errno)
            if len(data) == 0:
                break
            b.append(data)
            if bufsize < 65536:
                bufsize *= 2
        return b.build()

    def write(self, data):
        """Bytes written, or -1 if it would block."""
        self.check_writable()
        while True:
            try:
                return os.write(self.fd, data)
            except OSError as e:
                if e.errno == 4:
                    continue
                if e.errno == 11:
                    return -1
                raise oserror(e.errno)

    def seek(self, pos, whence):
        self.check_closed()
        try:
            return os.lseek(self.fd, pos, whence)
        except OSError as e:
            raise oserror(e.errno)

    def tell(self):
        return self.seek(0, 1)

    def is_seekable(self):
        self.check_closed()
        if self.seekable < 0:
            try:
                os.lseek(self.fd, 0, 1)
                self.seekable = 1
            except OSError:
                self.seekable = 0
        return self.seekable == 1

    def close(self):
        """Close the descriptor (if closefd); OSError on failure."""
        fd = self.fd
        self.fd = -1
        if fd >= 0 and self.closefd:
            try:
                os.close(fd)
            except OSError as e:
                raise oserror(e.errno)

    def mode_string(self):
        if self.created:
            return 'xb+' if self.readable else 'xb'
        if self.appending:
            return 'ab+' if self.readable else 'ab'
        if self.readable:
            return 'rb+' if self.writable else 'rb'
        return 'wb'

W_UserFileIO = make_user_subclass(W_FileIO)


def _fileio(w_self):
    assert isinstance(w_self, W_FileIO)
    return w_self


# ---------------------------------------------------------------- creation

def fspath(w_file):
    """A path argument as bytes (str encoded with utf-8/surrogateescape),
    or None when w_file is not a path (then the caller tries an fd)."""
    from fastpy.objspace import codecs
    if isinstance(w_file, W_StrObject):
        s = codecs.encode(w_file.value, 'utf-8', 'surrogateescape')
        if '\x00' in s:
            raise oefmt(exc.w_ValueError, "embedded null byte")
        return s
    if isinstance(w_file, W_BytesObject):
        if '\x00' in w_file.value:
            raise oefmt(exc.w_ValueError, "embedded null byte")
        return w_file.value
    if w_file.is_user:
        from fastpy.objspace import protocol
        if protocol.lookup(w_file, '__fspath__') is not None:
            w_res = protocol.call_special(w_file, '__fspath__', [])
            try:
                if isinstance(w_res, W_StrObject) or \
                        isinstance(w_res, W_BytesObject):
                    return fspath(w_res)
                raise oefmt(exc.w_TypeError,
                            "expected %s.__fspath__() to return str or bytes,"
                            " not %s" % (space.type_name(w_file),
                                         space.type_name(w_res)))
            finally:
                refcount.discard(w_res)
    return None


def fileio_init(w_self, w_file, mode, closefd, w_opener):
    """FileIO.__init__: open the file (CPython's _io_FileIO___init___impl)."""
    assert isinstance(w_self, W_FileIO)
    if w_self.fd >= 0:
        if w_self.closefd:
            w_self.close()
        else:
            w_self.fd = -1
    fd = -1
    path = None
    if isinstance(w_file, W_IntObject):
        fd = w_file.intval
        if fd < 0:
            raise oefmt(exc.w_ValueError, "negative file descriptor")
    else:
        path = fspath(w_file)
        if path is None:
            from fastpy.objspace.space import is_int
            if is_int(w_file):
                fd = space.int_w(w_file)
                if fd < 0:
                    raise oefmt(exc.w_ValueError, "negative file descriptor")
            else:
                raise oefmt(exc.w_TypeError, "expected str, bytes or "
                            "os.PathLike object, not %s" %
                            space.type_name(w_file))
    readable = writable = appending = created = plus = False
    rwa = False
    flags = 0
    for c in mode:
        if c == 'x' or c == 'r' or c == 'w' or c == 'a':
            if rwa:
                raise _bad_mode()
            rwa = True
            if c == 'x':
                created = writable = True
                flags |= os.O_EXCL | os.O_CREAT
            elif c == 'r':
                readable = True
            elif c == 'w':
                writable = True
                flags |= os.O_CREAT | os.O_TRUNC
            else:
                writable = appending = True
                flags |= os.O_APPEND | os.O_CREAT
        elif c == 'b':
            pass
        elif c == '+':
            if plus:
                raise _bad_mode()
            readable = writable = plus = True
        else:
            raise oefmt(exc.w_ValueError, "invalid mode: %s" % mode)
    if not rwa:
        raise _bad_mode()
    if readable and writable:
        flags |= os.O_RDWR
    elif readable:
        flags |= os.O_RDONLY
    else:
        flags |= os.O_WRONLY
    if O_CLOEXEC is not None:
        flags |= O_CLOEXEC
    w_self.readable = readable
    w_self.writable = writable
    w_self.appending = appending
    w_self.created = created
    w_self.seekable = -1
    if fd >= 0:
        w_self.fd = fd
        w_self.closefd = closefd
    else:
        w_self.closefd = True
        if not closefd:
            raise oefmt(exc.w_ValueError,
                        "Cannot use closefd=False with file name")
        assert path is not None
        if w_opener is None or w_opener is space.w_None:
            while True:
                try:
                    fd = os.open(assert_str0(path), flags, 0666)
                    break
                except OSError as e:
                    if e.errno == 4:
                        continue
                    raise oserror(e.errno, w_file)
        else:
            from fastpy.objspace.itertypes import call_holding
            w_fd = call_holding(w_opener, [w_file, newint(flags)])
            from fastpy.objspace.space import is_int
            if not is_int(w_fd):
                refcount.discard(w_fd)
                raise oefmt(exc.w_TypeError, "expected integer from opener")
            fd = space.int_w(w_fd)
            if fd < 0:
                raise oefmt(exc.w_ValueError, "opener returned %d" % fd)
        w_self.fd = fd
    w_self.blksize = SMALLCHUNK
    isdir = False
    try:
        st = os.fstat(w_self.fd)
        isdir = stat.S_ISDIR(st.st_mode)
        if st.st_blksize > 1:
            w_self.blksize = st.st_blksize
    except OSError as e:
        if e.errno == 9:      # EBADF
            w_self.fd = -1
            raise oserror(e.errno)
    if isdir:
        if path is not None:
            w_self.close()
        else:
            w_self.fd = -1
        raise oserror(21, w_file)       # EISDIR
    w_self.set_name(w_file)
    if appending:
        try:
            os.lseek(w_self.fd, 0, 2)
        except OSError as e:
            pass


def _bad_mode():
    return oefmt(exc.w_ValueError, "Must have exactly one of create/read/"
                 "write/append mode and at most one plus")


def new_fileio(w_file, mode, closefd, w_opener):
    w_f = W_FileIO()
    try:
        fileio_init(w_f, w_file, mode, closefd, w_opener)
    except OperationError:
        refcount.discard(w_f)
        raise
    return w_f


def _closefd_arg(w_closefd):
    if w_closefd is None:
        return True
    return space.is_true(w_closefd)


@subclassable_constructor(w_FileIO_type, 'FileIO(*args, **kwargs)')
def fileio_new(w_cls, args_w, kw_names, kw_values_w):
    user = check_new(w_cls, w_FileIO_type)
    if user:
        w_res = W_UserFileIO()
        assert isinstance(w_cls, W_TypeObject)
        w_res.init_map(w_cls)
        return w_res
    w_file, w_mode, w_closefd, w_opener = parse_args(
        'FileIO', ['file', 'mode', 'closefd', 'opener'], 1, 4, args_w,
        kw_names, kw_values_w)
    return new_fileio(w_file, _mode_arg(w_mode, 'r'),
                      _closefd_arg(w_closefd), w_opener)


def _mode_arg(w_mode, default):
    if w_mode is None:
        return default
    if not isinstance(w_mode, W_StrObject):
        raise oefmt(exc.w_TypeError, "FileIO() argument 'mode' must be str, "
                    "not %s" % space.type_name(w_mode))
    return space.str_to_utf8(w_mode.value)


@method(w_FileIO_type, '__init__(self, file, mode="r", closefd=True, '
        'opener=None)', W_FileIO)
def fileio_init_method(w_self, w_file, w_mode, w_closefd, w_opener):
    fileio_init(w_self, w_file, _mode_arg(w_mode, 'r'),
                space.is_true(w_closefd), w_opener)
    return space.w_None


# ---------------------------------------------------------------- methods

@method(w_FileIO_type, 'read(self, size=-1, /)', W_FileIO)
def fileio_read(w_self, w_size):
    data = _fileio(w_self).read(size_arg(w_size))
    if data is None:
        return space.w_None
    return W_BytesObject(data)


@method(w_FileIO_type, 'readall(self, /)', W_FileIO)
def fileio_readall(w_self):
    data = _fileio(w_self).readall()
    if data is None:
        return space.w_None
    return W_BytesObject(data)


@method(w_FileIO_type, 'readinto(self, buffer, /)', W_FileIO)
def fileio_readinto(w_self, w_buf):
    f = _fileio(w_self)
    f.check_readable()
    n = buffer_len(w_buf)
    data = f.read(n)
    if data is None:
        return space.w_None
    write_into(w_buf, data)
    return newint(len(data))


@method(w_FileIO_type, 'write(self, b, /)', W_FileIO)
def fileio_write(w_self, w_b):
    f = _fileio(w_self)
    f.check_writable()
    n = f.write(bytes_arg(w_b))
    if n < 0:
        return space.w_None
    return newint(n)


@method(w_FileIO_type, 'seek(self, pos, whence=0, /)', W_FileIO)
def fileio_seek(w_self, w_pos, w_whence):
    f = _fileio(w_self)
    f.check_closed()
    from fastpy.objspace.floatobject import W_FloatObject
    if isinstance(w_pos, W_FloatObject):
        raise oefmt(exc.w_TypeError, "an integer is required")
    return newint(f.seek(space.int_w(w_pos), space.int_w(w_whence)))


@method(w_FileIO_type, 'tell(self, /)', W_FileIO)
def fileio_tell(w_self):
    return newint(_fileio(w_self).tell())


@method(w_FileIO_type, 'truncate(self, size=None, /)', W_FileIO)
def fileio_truncate(w_self, w_size):
    f = _fileio(w_self)
    f.check_closed()
    if not f.writable:
        raise unsupported("File not open for writing")
    if w_size is space.w_None:
        size = f.tell()
    else:
        size = space.int_w(w_size)
    try:
        os.ftruncate(f.fd, size)
    except OSError as e:
        raise oserror(e.errno)
    return newint(size)


@method(w_FileIO_type, 'close(self, /)', W_FileIO)
def fileio_close(w_self):
    f = _fileio(w_self)
    f.iobase_closed = True
    f.close()
    return space.w_None


@method(w_FileIO_type, 'seekable(self, /)', W_FileIO)
def fileio_seekable(w_self):
    return space.newbool(_fileio(w_self).is_seekable())


@method(w_FileIO_type, 'readable(self, /)', W_FileIO)
def fileio_readable(w_self):
    f = _fileio(w_self)
    f.check_closed()
    return space.newbool(f.readable)


@method(w_FileIO_type, 'writable(self, /)', W_FileIO)
def fileio_writable(w_self):
    f = _fileio(w_self)
    f.check_closed()
    return space.newbool(f.writable)


@method(w_FileIO_type, 'fileno(self, /)', W_FileIO)
def fileio_fileno(w_self):
    f = _fileio(w_self)
    f.check_closed()
    return newint(f.fd)


@method(w_FileIO_type, 'isatty(self, /)', W_FileIO)
def fileio_isatty(w_self):
    f = _fileio(w_self)
    f.check_closed()
    try:
        return space.newbool(os.isatty(f.fd))
    except OSError:
        return space.w_False


@method(w_FileIO_type, '__repr__(self, /)', W_FileIO)
def fileio_repr(w_self):
    return newstr(fileio_repr_u(_fileio(w_self)))


def fileio_repr_u(f):
    tname = u'_io.FileIO' if not f.is_user else \
        f.gettype().name.decode('utf-8')
    if f.fd < 0:
        return u'<' + tname + u' [closed]>'
    closefd = u'True' if f.closefd else u'False'
    mode = f.mode_string().decode('utf-8')
    if f.w_name is None:
        where = u'fd=' + str(f.fd).decode('utf-8')
    else:
        where = u'name=' + space.repr_u(f.w_name)
    return (u'<' + tname + u' ' + where + u' mode=\'' + mode +
            u'\' closefd=' + closefd + u'>')


def _get_closed(w_self):
    return space.newbool(_fileio(w_self).fd < 0)


def _get_closefd(w_self):
    return space.newbool(_fileio(w_self).closefd)


def _get_mode(w_self):
    return space.newtext(_fileio(w_self).mode_string())


def _get_name(w_self):
    f = _fileio(w_self)
    if f.w_name is None:
        raise oefmt(exc.w_AttributeError, "'_io.FileIO' object has no "
                    "attribute 'name'")
    return f.w_name


def _set_name(w_self, w_value):
    _fileio(w_self).set_name(w_value)


def _get_blksize(w_self):
    return newint(_fileio(w_self).blksize)

getset(w_FileIO_type, 'closed', _get_closed,
       doc='True if the file is closed')
getset(w_FileIO_type, 'closefd', _get_closefd,
       doc='True if the file descriptor will be closed by close().')
getset(w_FileIO_type, 'mode', _get_mode,
       doc='String giving the file mode')
getset(w_FileIO_type, 'name', _get_name, _set_name)
getset(w_FileIO_type, '_blksize', _get_blksize)
