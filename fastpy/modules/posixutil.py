"""Helpers of the posix module: CPython's path_converter (str, bytes,
os.PathLike, and file descriptors where allowed), the filesystem
encoding (utf-8 with surrogateescape), and OSError construction.

Errors are made by calling the OSError type with (errno, strerror,
filename[, None, filename2]), as CPython's PyErr_SetFromErrnoWith...
functions do, so the errno picks the subclass (FileNotFoundError ...).
"""

import os

from rpython.rlib.rstring import assert_str0

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.objspace import exceptions as exc
from fastpy.objspace import protocol, refcount
from fastpy.objspace.space import type_name, int_w, newtext
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.longobject import W_LongObject
from fastpy.objspace.noneobject import w_None
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace import codecs


# ---------------------------------------------------------------- encoding

def fsencode_u(u):
    """str value -> bytes of the filesystem encoding (surrogateescape)."""
    return codecs.encode(u, 'utf-8', 'surrogateescape')


def fsdecode(s):
    """bytes of the filesystem encoding -> a str object."""
    return newstr(codecs.decode(s, 'utf-8', 'surrogateescape'))


# ---------------------------------------------------------------- errors

def strerror(errno):
    return os.strerror(errno)


def oserror(errno, w_filename=None, w_filename2=None):
    """OperationError of OSError(errno, strerror[, filename[, None,
    filename2]]) made by calling the type."""
    from fastpy.objspace.attribute import _call_args
    from fastpy.interpreter.function import Arguments
    w_errno = newint(errno)
    w_strerror = newtext(strerror(errno))
    # (fixed-size lists: they become the exception's args)
    if w_filename is None:
        args_w = [w_errno, w_strerror]
    elif w_filename2 is None:
        args_w = [w_errno, w_strerror, w_filename]
    else:
        args_w = [w_errno, w_strerror, w_filename, w_None, w_filename2]
    w_exc = _call_args(exc.w_OSError, Arguments(args_w))
    return OperationError(w_exc)


def wrap_oserror(e, w_filename=None, w_filename2=None):
    """From an RPython OSError."""
    return oserror(e.errno, w_filename, w_filename2)


# ---------------------------------------------------------------- paths

class Path(object):
    """A converted path argument: bytes for the system call (`value`,
    no NUL), or a file descriptor (`is_fd`, `fd`);
    `w_obj` is what error messages show; `is_bytes` decides the type of
    the names a call returns."""
    _attrs_ = ['value', 'fd', 'w_obj', 'is_bytes', 'is_fd']

    def __init__(self, value, fd, w_obj, is_bytes, is_fd=False):
        self.value = value
        self.fd = fd
        self.w_obj = w_obj
        self.is_bytes = is_bytes
        self.is_fd = is_fd

    def as_bytes0(self):
        value = self.value
        assert value is not None
        return assert_str0(value)


def fspath(w_path):
    """os.fspath: str and bytes as they are, else __fspath__ (a
    temporary result); None for other objects."""
    if isinstance(w_path, W_StrObject) or isinstance(w_path, W_BytesObject):
        return w_path
    w_res = protocol.call_special(w_path, '__fspath__', [])
    if w_res is None:
        return None
    if not (isinstance(w_res, W_StrObject) or
            isinstance(w_res, W_BytesObject)):
        refcount.discard(w_res)
        raise oefmt(exc.w_TypeError,
                    "expected %s.__fspath__() to return str or bytes, not %s"
                    % (type_name(w_path), type_name(w_res)))
    return w_res


def _is_int(w_obj):
    return isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject)


def convert_path(fname, w_path, allow_fd=False, nullable=False,
                 argname='path'):
    """CPython's path_converter.  Returns a Path, or None for None when
    nullable."""
    if nullable and w_path is w_None:
        return None
    if allow_fd and _is_int(w_path):
        fd = fd_w(w_path)
        return Path('', fd, w_path, False, True)
    w_res = None
    if isinstance(w_path, W_StrObject) or isinstance(w_path, W_BytesObject):
        w_res = w_path
    else:
        w_res = fspath(w_path)
        if w_res is None:
            if allow_fd and w_path.is_user and \
                    protocol.lookup(w_path, '__index__') is not None:
                fd = fd_w(w_path)
                return Path('', fd, w_path, False, True)
            if allow_fd and nullable:
                kinds = "string, bytes, os.PathLike, integer or None"
            elif allow_fd:
                kinds = "string, bytes, os.PathLike or integer"
            elif nullable:
                kinds = "string, bytes, os.PathLike or None"
            else:
                kinds = "string, bytes or os.PathLike"
            raise oefmt(exc.w_TypeError, "%s: %s should be %s, not %s" %
                        (fname, argname, kinds, type_name(w_path)))
    if isinstance(w_res, W_StrObject):
        value = fsencode_u(w_res.value)
        if '\x00' in value:
            raise oefmt(exc.w_ValueError, "embedded null byte")
        return Path(value, -1, w_res, False)
    assert isinstance(w_res, W_BytesObject)
    value = w_res.value
    if '\x00' in value:
        raise oefmt(exc.w_ValueError, "%s: embedded null character in %s"
                    % (fname, argname))
    return Path(value, -1, w_res, True)


def fd_w(w_fd):
    """A C int file descriptor argument (_PyLong_AsInt)."""
    if isinstance(w_fd, W_LongObject):
        raise oefmt(exc.w_OverflowError,
                    "Python int too large to convert to C int")
    value = int_w(w_fd)
    if value > 2147483647 or value < -2147483648:
        raise oefmt(exc.w_OverflowError,
                    "Python int too large to convert to C int")
    return value


def dir_fd_w(w_dir_fd):
    """The dir_fd keyword: None (AT_FDCWD) or an int."""
    from rpython.rlib import rposix
    if w_dir_fd is None or w_dir_fd is w_None:
        return rposix.AT_FDCWD
    if not _is_int(w_dir_fd) and not (
            w_dir_fd.is_user and
            protocol.lookup(w_dir_fd, '__index__') is not None):
        raise oefmt(exc.w_TypeError,
                    "argument should be integer or None, not %s" %
                    type_name(w_dir_fd))
    return fd_w(w_dir_fd)


def name_result(s, is_bytes):
    """A name from the system (listdir, readlink): bytes or str."""
    if is_bytes:
        return W_BytesObject(s)
    return fsdecode(s)
