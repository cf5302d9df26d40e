"""The _io module: open(), the stream types (iobase.py, iofile.py,
iobuffered.py, iotext.py, iomemory.py), sys.stdin/stdout/stderr as
TextIOWrapper objects over fds 0/1/2, and the paths of print()/input()
through them.

sys.stdout's buffer writes into outstream.stdout, the buffer print()
fills directly while sys.stdout is the original object (`print_fast`),
so print() keeps its speed and print/sys.stdout.write stay ordered.
`flush_at_exit` (called by main.py) flushes sys.stdout/sys.stderr and
every open buffered writer."""

import os

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules import outstream
from fastpy.modules import iobase, iofile, iobuffered, iotext, iomemory
from fastpy.modules.iobase import (DEFAULT_BUFFER_SIZE, call_method,
                                   call_method_discard, swallow)
from fastpy.modules.iofile import W_FileIO
from fastpy.modules.iobuffered import W_Buffered
from fastpy.modules.iotext import W_TextIOWrapper, str_or_none_arg
from fastpy.objspace import codecs
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.intobject import newint

module = ModuleDef('_io', 'The io module provides the Python interfaces to '
                   'stream handling. The builtin open function is defined '
                   'in this module.')


@module.initializer
def init_io(w_dict):
    w_dict.setitem_str('DEFAULT_BUFFER_SIZE', newint(DEFAULT_BUFFER_SIZE))
    w_dict.setitem_str('UnsupportedOperation', iobase.unsupported_type())
    w_dict.setitem_str('BlockingIOError', exc.w_BlockingIOError)
    for w_type in [iobase.w_IOBase_type, iobase.w_RawIOBase_type,
                   iobase.w_BufferedIOBase_type, iobase.w_TextIOBase_type,
                   iofile.w_FileIO_type,
                   iobuffered.w_BufferedReader_type,
                   iobuffered.w_BufferedWriter_type,
                   iobuffered.w_BufferedRandom_type,
                   iobuffered.w_BufferedRWPair_type,
                   iotext.w_TextIOWrapper_type,
                   iotext.w_IncrementalNewlineDecoder_type,
                   iomemory.w_StringIO_type, iomemory.w_BytesIO_type]:
        w_dict.setitem_str(w_type.name, w_type)


# ---------------------------------------------------------------- open

@module.function('open(file, mode="r", buffering=-1, encoding=None, '
                 'errors=None, newline=None, closefd=True, opener=None)')
def io_open(w_file, w_mode, w_buffering, w_encoding, w_errors, w_newline,
            w_closefd, w_opener):
    if not isinstance(w_mode, W_StrObject):
        raise oefmt(exc.w_TypeError, "open() argument 'mode' must be str, "
                    "not %s" % space.type_name(w_mode))
    mode = space.str_to_utf8(w_mode.value)
    buffering = space.int_w(w_buffering)
    encoding = str_or_none_arg(w_encoding, 'open', 'encoding')
    errors = str_or_none_arg(w_errors, 'open', 'errors')
    newline = str_or_none_arg(w_newline, 'open', 'newline')
    return do_open(w_file, mode, w_mode, buffering, encoding, errors,
                   newline, space.is_true(w_closefd), w_opener)


def do_open(w_file, mode, w_mode, buffering, encoding, errors, newline,
            closefd, w_opener):
    creating = reading = writing = appending = updating = False
    text = binary = False
    for i in range(len(mode)):
        c = mode[i]
        if c == 'x':
            creating = True
        elif c == 'r':
            reading = True
        elif c == 'w':
            writing = True
        elif c == 'a':
            appending = True
        elif c == '+':
            updating = True
        elif c == 't':
            text = True
        elif c == 'b':
            binary = True
        else:
            raise _invalid_mode(mode)
        if mode.find(c, i + 1) >= 0:
            raise _invalid_mode(mode)
    rawmode = ''
    if creating:
        rawmode += 'x'
    if reading:
        rawmode += 'r'
    if writing:
        rawmode += 'w'
    if appending:
        rawmode += 'a'
    if updating:
        rawmode += '+'
    if text and binary:
        raise oefmt(exc.w_ValueError,
                    "can't have text and binary mode at once")
    if int(creating) + int(reading) + int(writing) + int(appending) > 1:
        raise oefmt(exc.w_ValueError, "must have exactly one of "
                    "create/read/write/append mode")
    if binary and encoding is not None:
        raise oefmt(exc.w_ValueError,
                    "binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise oefmt(exc.w_ValueError,
                    "binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise oefmt(exc.w_ValueError,
                    "binary mode doesn't take a newline argument")
    # open() turns a path-like object into its str or bytes first, which
    # FileIO then keeps as its name (and errors show).
    from fastpy.modules.posixutil import fspath
    from fastpy.objspace.intobject import W_IntObject
    w_path = None
    if not isinstance(w_file, W_IntObject):
        w_path = fspath(w_file)
    if w_path is not None and w_path is not w_file:
        refcount.incref(w_path)
        try:
            w_raw = iofile.new_fileio(w_path, rawmode, closefd, w_opener)
        finally:
            refcount.decref(w_path)
    else:
        w_raw = iofile.new_fileio(w_file, rawmode, closefd, w_opener)
    refcount.incref(w_raw)
    try:
        w_res = _wrap_raw(w_raw, mode, w_mode, buffering, binary, updating,
                          creating or writing or appending, encoding,
                          errors, newline)
    except OperationError:
        try:
            w_raw.close()
        except OperationError as e:
            swallow(e)
        refcount.decref(w_raw)
        raise
    if w_res is w_raw:
        refcount.disown(w_raw)
    else:
        refcount.decref(w_raw)
    return w_res


def _invalid_mode(mode):
    return oefmt(exc.w_ValueError, "invalid mode: '%s'" % mode)


def _wrap_raw(w_raw, mode, w_mode, buffering, binary, updating, writing,
              encoding, errors, newline):
    assert isinstance(w_raw, W_FileIO)
    line_buffering = False
    isatty = False
    if buffering == 1 or buffering < 0:
        try:
            isatty = os.isatty(w_raw.fd)
        except OSError:
            isatty = False
    if buffering == 1 or (buffering < 0 and isatty):
        buffering = -1
        line_buffering = True
    if buffering < 0:
        buffering = w_raw.blksize if w_raw.blksize > 1 else \
            DEFAULT_BUFFER_SIZE
    if buffering == 0:
        if binary:
            return w_raw
        raise oefmt(exc.w_ValueError, "can't have unbuffered text I/O")
    if updating:
        kind = iobuffered.RANDOM
    elif writing:
        kind = iobuffered.WRITER
    else:
        kind = iobuffered.READER
    w_buffer = iobuffered.new_buffered(kind, w_raw, buffering)
    if binary:
        return w_buffer
    refcount.incref(w_buffer)
    try:
        w_text = iotext.W_TextIOWrapper()
        try:
            iotext.text_init(w_text, w_buffer, encoding, errors, newline,
                             line_buffering, False)
        except OperationError:
            refcount.discard(w_text)
            raise
        w_text.set_mode(w_mode)
    except OperationError:
        refcount.decref(w_buffer)
        raise
    refcount.decref(w_buffer)
    return w_text


@module.function('open_code(path)')
def io_open_code(w_path):
    if not isinstance(w_path, W_StrObject):
        raise oefmt(exc.w_TypeError, "open_code() argument 'path' must be "
                    "str, not %s" % space.type_name(w_path))
    return do_open(w_path, 'rb', newstr(u'rb'), -1, None, None, None, True,
                   space.w_None)


@module.function('text_encoding(encoding, stacklevel=2, /)')
def io_text_encoding(w_encoding, w_stacklevel):
    if w_encoding is space.w_None:
        return newstr(u'locale')
    return w_encoding


# ---------------------------------------------------------------- std streams

class StdStreams(object):
    def __init__(self):
        self.w_stdin = None
        self.w_stdout = None
        self.w_stderr = None

std = StdStreams()


def _std_stream(fd, name, writing, out, errors, line_buffering):
    f = W_FileIO()
    f.fd = fd
    f.readable = not writing
    f.writable = writing
    f.closefd = False
    f.blksize = DEFAULT_BUFFER_SIZE
    f.set_name(newstr(name))
    b = W_Buffered(iobuffered.WRITER if writing else iobuffered.READER)
    b.setup(f, DEFAULT_BUFFER_SIZE)
    if out is not None:
        b.outstream = out
        b.unregister()
    t = W_TextIOWrapper()
    iotext.text_init(t, b, 'utf-8', errors, None, line_buffering, False)
    t.set_mode(newstr(u'w' if writing else u'r'))
    return t


def install_std_streams(w_sysdict):
    """sys.stdin/stdout/stderr and sys.__stdin__/... (made at start-up
    with the sys module)."""
    iobase.iostate.w_unsupported = None     # a new interpreter
    w_in = _std_stream(0, u'<stdin>', False, None, 'surrogateescape', False)
    w_out = _std_stream(1, u'<stdout>', True, outstream.stdout,
                        'surrogateescape', _line_buffered(outstream.stdout))
    w_err = _std_stream(2, u'<stderr>', True, outstream.stderr,
                        'backslashreplace', True)
    std.w_stdin = w_in
    std.w_stdout = w_out
    std.w_stderr = w_err
    w_sysdict.setitem_str('stdin', w_in)
    w_sysdict.setitem_str('stdout', w_out)
    w_sysdict.setitem_str('stderr', w_err)
    w_sysdict.setitem_str('__stdin__', w_in)
    w_sysdict.setitem_str('__stdout__', w_out)
    w_sysdict.setitem_str('__stderr__', w_err)


def _sys_attr(name):
    """sys.<name>, or None when there is no sys module yet (then the
    original streams are used); RuntimeError if it was deleted."""
    from fastpy.interpreter.importing import state
    w_sys = state.w_sys
    if w_sys is None:
        return None
    w_value = w_sys.w_dict.getitem_str(name)
    if w_value is None:
        raise oefmt(exc.w_RuntimeError, "lost sys.%s" % name)
    return w_value


def print_fast_ok(w_file):
    """Can print() write to w_file through outstream.stdout directly?
    True when w_file is the original sys.stdout in its initial state
    (also when there is no sys module at all: w_file None)."""
    if w_file is None:
        return True
    w_out = std.w_stdout
    if w_file is not w_out:
        return False
    assert isinstance(w_out, W_TextIOWrapper)
    if not w_out.ok or w_out.detached or w_out.codec != codecs.UTF8 or \
            w_out.writenl is not None:
        return False
    b = w_out.fast_buffer()
    if b is None or b.outstream is None or b.detached:
        return False
    f = b.fast_raw()
    return f is not None and f.fd >= 0


def print_stdout_target():
    """The file print() writes to when file=None: None for the fast path,
    w_None when sys.stdout is None (print does nothing)."""
    w_out = _sys_attr('stdout')
    if print_fast_ok(w_out):
        return None
    return w_out


def after_fast_print(text_has_newline, flush):
    """Line buffering of a reconfigured sys.stdout, flush=True."""
    w_out = std.w_stdout
    if flush:
        outstream.stdout.flush()
    elif w_out is not None and text_has_newline:
        assert isinstance(w_out, W_TextIOWrapper)
        if w_out.line_buffering:
            outstream.stdout.flush()


def stdout_line_buffering():
    w_out = std.w_stdout
    if w_out is None:
        return False
    assert isinstance(w_out, W_TextIOWrapper)
    return w_out.line_buffering and not _line_buffered(outstream.stdout)


def _line_buffered(out):
    # (the untranslated tests capture output with other objects)
    return isinstance(out, outstream.OutStream) and out.line_buffered


def input_impl(w_prompt):
    """input(): CPython's builtin_input_impl without the terminal path:
    flush stderr, write the prompt to sys.stdout, flush it, read a line
    from sys.stdin."""
    w_in = _sys_attr('stdin')
    w_out = _sys_attr('stdout')
    w_err = _sys_attr('stderr')
    if w_in is None:
        w_in = std.w_stdin
    if w_in is None or w_in is space.w_None:
        raise oefmt(exc.w_RuntimeError, "input(): lost sys.stdin")
    if w_out is space.w_None:
        raise oefmt(exc.w_RuntimeError, "input(): lost sys.stdout")
    if w_err is not None and w_err is not space.w_None:
        try:
            call_method_discard(w_err, 'flush', [])
        except OperationError as e:
            swallow(e)
    if print_fast_ok(w_out):
        if w_prompt is not None:
            outstream.stdout.write(space.str_to_utf8(space.str_u(w_prompt)))
        outstream.stdout.flush()
    else:
        assert w_out is not None
        if w_prompt is not None:
            w_s = newstr(space.str_u(w_prompt))
            call_method_discard(w_out, 'write', [w_s])
        call_method_discard(w_out, 'flush', [])
    w_line = call_method(w_in, 'readline', [])
    if not isinstance(w_line, W_StrObject):
        refcount.discard(w_line)
        raise oefmt(exc.w_TypeError, "object.readline() returned non-string")
    line = w_line.value
    if len(line) == 0:
        raise oefmt(exc.w_EOFError, "EOF when reading a line")
    if line[len(line) - 1] == u'\n':
        end = len(line) - 1
        assert end >= 0
        return newstr(line[:end])
    return w_line


def flush_at_exit():
    """At interpreter exit: flush sys.stdout and sys.stderr (whatever they
    are), then every open buffered writer, then fastpy's stderr buffer
    (main.py flushes outstream.stdout last)."""
    for name in ['stdout', 'stderr']:
        try:
            w_f = _sys_attr(name)
        except OperationError as e:
            swallow(e)
            continue
        if w_f is None or w_f is space.w_None:
            continue
        if name == 'stdout' and print_fast_ok(w_f):
            continue
        try:
            call_method_discard(w_f, 'flush', [])
        except OperationError as e:
            swallow(e)
    iobuffered.flush_all()
    outstream.stderr.flush()
