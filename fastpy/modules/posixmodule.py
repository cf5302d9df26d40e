"""The posix module (Linux): files and directories, file descriptors,
the environment, processes; what os.py, posixpath, shutil, tempfile,
glob and pathlib use.

posixutil.py: path arguments, encoding, OSError construction.
posixstructs.py: stat_result and the other struct sequences.
posixdir.py: scandir, DirEntry.
posixconst.py: the integer constants and _have_functions.
"""

import os

from rpython.rlib import rposix, rposix_stat
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.rstring import assert_str0
from rpython.rlib.objectmodel import specialize
from rpython.rtyper.lltypesystem import lltype, rffi

from fastpy.interpreter.error import oefmt
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.posixutil import (convert_path, fspath, oserror,
                                      wrap_oserror, fsdecode, fsencode_u,
                                      name_result, dir_fd_w, fd_w)
from fastpy.modules.posixstructs import StructSeqType
from fastpy.modules import posixconst
from fastpy.objspace import exceptions as exc
from fastpy.objspace import protocol, refcount
from fastpy.objspace.space import type_name, newtext
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.longobject import W_LongObject
from fastpy.objspace.floatobject import W_FloatObject, newfloat
from fastpy.objspace.boolobject import newbool
from fastpy.objspace.noneobject import w_None
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.listobject import newlist
from fastpy.objspace.dictobject import newdict

module = ModuleDef('posix', 'This module provides access to operating '
                   'system functionality that is standardized by the C '
                   'Standard and POSIX (a thinly disguised Unix '
                   'interface).  Refer to the library manual and\n'
                   'corresponding Unix manual entries for more '
                   'information on calls.')

AT_FDCWD = rposix.AT_FDCWD
EFAULT = 14
EINVAL = 22


def _given(w_obj):
    return w_obj is not None and w_obj is not w_None


# ---------------------------------------------------------------- stat

stat_result = StructSeqType(
    'os', 'stat_result',
    ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
     'st_size', None, None, None, 'st_atime', 'st_mtime', 'st_ctime',
     'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks',
     'st_rdev'], 10,
    doc="stat_result: Result from stat, fstat, or lstat.\n\nThis object may "
    "be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, "
    "size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, "
    "st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your "
    "platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they "
    "are available as attributes only.\n\nSee os.stat for more "
    "information.")

STAT_STRUCT = rposix_stat.STAT_STRUCT


@specialize.arg(1)
def _getint(st, name):
    return intmask(rffi.getintfield(st, name))


def _time_fields(tim):
    sec = intmask(rffi.getintfield(tim, 'c_tv_sec'))
    nsec = intmask(rffi.getintfield(tim, 'c_tv_nsec'))
    return sec, nsec


def build_stat(st):
    """A stat_result (a temporary) from a struct stat."""
    asec, ansec = _time_fields(st.c_st_atim)
    msec, mnsec = _time_fields(st.c_st_mtim)
    csec, cnsec = _time_fields(st.c_st_ctim)
    values_w = [
        newint(_getint(st, 'c_st_mode')),
        newint(_getint(st, 'c_st_ino')),
        newint(_getint(st, 'c_st_dev')),
        newint(_getint(st, 'c_st_nlink')),
        newint(_getint(st, 'c_st_uid')),
        newint(_getint(st, 'c_st_gid')),
        newint(_getint(st, 'c_st_size')),
        newint(asec), newint(msec), newint(csec),
        newfloat(float(asec) + float(ansec) * 1e-9),
        newfloat(float(msec) + float(mnsec) * 1e-9),
        newfloat(float(csec) + float(cnsec) * 1e-9),
        _ns(asec, ansec), _ns(msec, mnsec), _ns(csec, cnsec),
        newint(_getint(st, 'c_st_blksize')),
        newint(_getint(st, 'c_st_blocks')),
        newint(_getint(st, 'c_st_rdev')),
    ]
    return stat_result.new(values_w)


def _ns(sec, nsec):
    from rpython.rlib.rbigint import rbigint
    from fastpy.objspace.longobject import newlong
    big = rbigint.fromint(sec).int_mul(1000000000).int_add(nsec)
    return newlong(big)


def do_stat(fname, path, dir_fd, follow_symlinks):
    """stat/lstat/fstat of a converted Path: a stat_result."""
    with lltype.scoped_alloc(STAT_STRUCT.TO) as st:
        if path.is_fd and path.fd < 0:
            raise oserror(EFAULT, path.w_obj)   # CPython: stat(NULL)
        if path.is_fd:
            res = rposix_stat.c_fstat(path.fd, st)
        else:
            flags = 0
            if not follow_symlinks:
                flags = rposix.AT_SYMLINK_NOFOLLOW
            res = rposix_stat.c_fstatat(dir_fd, path.as_bytes0(), st, flags)
        if intmask(res) < 0:
            raise oserror(rposix.get_saved_errno(), path.w_obj)
        return build_stat(st)


def _check_fd_path(fname, path, dir_fd, follow_symlinks):
    if not path.is_fd:
        return
    if dir_fd != AT_FDCWD:
        raise oefmt(exc.w_ValueError,
                    "%s: can't specify dir_fd without matching path" % fname)
    if not follow_symlinks:
        raise oefmt(exc.w_ValueError,
                    "%s: cannot use fd and follow_symlinks together" % fname)


@module.function('stat(path, *, dir_fd=None, follow_symlinks: bool = True)')
def posix_stat(w_path, w_dir_fd, follow_symlinks):
    path = convert_path('stat', w_path, allow_fd=True)
    dir_fd = dir_fd_w(w_dir_fd)
    _check_fd_path('stat', path, dir_fd, follow_symlinks)
    return do_stat('stat', path, dir_fd, follow_symlinks)


@module.function('lstat(path, *, dir_fd=None)')
def posix_lstat(w_path, w_dir_fd):
    path = convert_path('lstat', w_path)
    dir_fd = dir_fd_w(w_dir_fd)
    return do_stat('lstat', path, dir_fd, False)


@module.function('fstat(fd: int)')
def posix_fstat(fd):
    with lltype.scoped_alloc(STAT_STRUCT.TO) as st:
        res = rposix_stat.c_fstat(fd, st)
        if intmask(res) < 0:
            raise oserror(rposix.get_saved_errno())
        return build_stat(st)


# ---------------------------------------------------------------- directories

@module.function('listdir(path=None)')
def posix_listdir(w_path):
    path = convert_path('listdir', w_path, allow_fd=True, nullable=True)
    if path is None:
        value = '.'
        is_bytes = False
        w_err = None
    else:
        value = path.value
        is_bytes = path.is_bytes
        w_err = path.w_obj
    try:
        if path is not None and path.is_fd:
            names = rposix.fdlistdir(os.dup(path.fd))
        else:
            names = rposix.listdir(assert_str0(value))
    except OSError as e:
        if path is not None and path.is_fd:
            raise wrap_oserror(e)
        raise wrap_oserror(e, w_err if w_err is not None else newstr(u'.'))
    items_w = [name_result(name, is_bytes) for name in names]
    return newlist(items_w)


@module.function('getcwd()')
def posix_getcwd():
    try:
        return fsdecode(rposix.getcwd())
    except OSError as e:
        raise wrap_oserror(e)


@module.function('getcwdb()')
def posix_getcwdb():
    try:
        return W_BytesObject(rposix.getcwd())
    except OSError as e:
        raise wrap_oserror(e)


@module.function('chdir(path)')
def posix_chdir(w_path):
    path = convert_path('chdir', w_path, allow_fd=True)
    try:
        if path.is_fd:
            rposix.fchdir(path.fd)
        else:
            rposix.chdir(path.as_bytes0())
    except OSError as e:
        raise wrap_oserror(e, path.w_obj)


@module.function('fchdir(fd)')
def posix_fchdir(w_fd):
    fd = fileno_w(w_fd)
    try:
        rposix.fchdir(fd)
    except OSError as e:
        raise wrap_oserror(e)


@module.function('mkdir(path, mode: int = 511, *, dir_fd=None)')
def posix_mkdir(w_path, mode, w_dir_fd):
    path = convert_path('mkdir', w_path)
    dir_fd = dir_fd_w(w_dir_fd)
    try:
        rposix.mkdirat(path.as_bytes0(), mode, dir_fd)
    except OSError as e:
        raise wrap_oserror(e, path.w_obj)


@module.function('rmdir(path, *, dir_fd=None)')
def posix_rmdir(w_path, w_dir_fd):
    path = convert_path('rmdir', w_path)
    dir_fd = dir_fd_w(w_dir_fd)
    try:
        rposix.unlinkat(path.as_bytes0(), dir_fd, True)
    except OSError as e:
        raise wrap_oserror(e, path.w_obj)


def _unlink(fname, w_path, w_dir_fd):
    path = convert_path(fname, w_path)
    dir_fd = dir_fd_w(w_dir_fd)
    try:
        rposix.unlinkat(path.as_bytes0(), dir_fd, False)
    except OSError as e:
        raise wrap_oserror(e, path.w_obj)


@module.function('remove(path, *, dir_fd=None)')
def posix_remove(w_path, w_dir_fd):
    _unlink('remove', w_path, w_dir_fd)


@module.function('unlink(path, *, dir_fd=None)')
def posix_unlink(w_path, w_dir_fd):
    _unlink('unlink', w_path, w_dir_fd)


def _rename(fname, w_src, w_dst, w_src_dir_fd, w_dst_dir_fd):
    src = convert_path(fname, w_src, argname='src')
    dst = convert_path(fname, w_dst, argname='dst')
    src_dir_fd = dir_fd_w(w_src_dir_fd)
    dst_dir_fd = dir_fd_w(w_dst_dir_fd)
    try:
        rposix.renameat(src.as_bytes0(), dst.as_bytes0(), src_dir_fd,
                        dst_dir_fd)
    except OSError as e:
        raise wrap_oserror(e, src.w_obj, dst.w_obj)


@module.function('rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)')
def posix_rename(w_src, w_dst, w_src_dir_fd, w_dst_dir_fd):
    _rename('rename', w_src, w_dst, w_src_dir_fd, w_dst_dir_fd)


@module.function('replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)')
def posix_replace(w_src, w_dst, w_src_dir_fd, w_dst_dir_fd):
    _rename('replace', w_src, w_dst, w_src_dir_fd, w_dst_dir_fd)


@module.function('link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, '
                 'follow_symlinks: bool = True)')
def posix_link(w_src, w_dst, w_src_dir_fd, w_dst_dir_fd, follow_symlinks):
    src = convert_path('link', w_src, argname='src')
    dst = convert_path('link', w_dst, argname='dst')
    src_dir_fd = dir_fd_w(w_src_dir_fd)
    dst_dir_fd = dir_fd_w(w_dst_dir_fd)
    try:
        rposix.linkat(src.as_bytes0(), dst.as_bytes0(), src_dir_fd,
                      dst_dir_fd, follow_symlinks)
    except OSError as e:
        raise wrap_oserror(e, src.w_obj, dst.w_obj)


@module.function('symlink(src, dst, target_is_directory=False, *, '
                 'dir_fd=None)')
def posix_symlink(w_src, w_dst, w_target_is_directory, w_dir_fd):
    src = convert_path('symlink', w_src, argname='src')
    dst = convert_path('symlink', w_dst, argname='dst')
    dir_fd = dir_fd_w(w_dir_fd)
    try:
        rposix.symlinkat(src.as_bytes0(), dst.as_bytes0(), dir_fd)
    except OSError as e:
        raise wrap_oserror(e, src.w_obj, dst.w_obj)


@module.function('readlink(path, *, dir_fd=None)')
def posix_readlink(w_path, w_dir_fd):
    path = convert_path('readlink', w_path)
    dir_fd = dir_fd_w(w_dir_fd)
    try:
        result = rposix.readlinkat(path.as_bytes0(), dir_fd)
    except OSError as e:
        raise wrap_oserror(e, path.w_obj)
    return name_result(result, path.is_bytes)


@module.function('access(path, mode: int, *, dir_fd=None, '
                 'effective_ids: bool = False, '
                 'follow_symlinks: bool = True)')
def posix_access(w_path, mode, w_dir_fd, effective_ids, follow_symlinks):
    path = convert_path('access', w_path)
    dir_fd = dir_fd_w(w_dir_fd)
    ok = rposix.faccessat(path.as_bytes0(), mode, dir_fd, effective_ids,
                          follow_symlinks)
    return newbool(ok)


@module.function('chmod(path, mode: int, *, dir_fd=None, '
                 'follow_symlinks: bool = True)')
def posix_chmod(w_path, mode, w_dir_fd, follow_symlinks):
    path = convert_path('chmod', w_path, allow_fd=True)
    dir_fd = dir_fd_w(w_dir_fd)
    _check_fd_path('chmod', path, dir_fd, follow_symlinks)
    try:
        if path.is_fd:
            rposix.fchmod(path.fd, mode)
        else:
            rposix.fchmodat(path.as_bytes0(), mode, dir_fd, follow_symlinks)
    except OSError as e:
        if not follow_symlinks and (e.errno == ENOTSUP):
            raise oefmt(exc.w_NotImplementedError,
                        "chmod: follow_symlinks unavailable on this platform")
        raise wrap_oserror(e, path.w_obj)

ENOTSUP = 95


@module.function('fchmod(fd: int, mode: int)')
def posix_fchmod(fd, mode):
    try:
        rposix.fchmod(fd, mode)
    except OSError as e:
        raise wrap_oserror(e)


UTIME_NOW = (1 << 30) - 1


def _split_time(w_t):
    """(seconds, nanoseconds) of an int or float time, rounded down
    (_PyTime_ObjectToTimespec with _PyTime_ROUND_FLOOR)."""
    import math
    if isinstance(w_t, W_FloatObject):
        t = w_t.floatval
        if math.isnan(t):
            raise oefmt(exc.w_ValueError, "Invalid value NaN (not a number)")
        floor = math.floor(t)
        frac = t - floor
        if not (-9.2e18 < floor < 9.2e18):
            raise oefmt(exc.w_OverflowError,
                        "timestamp out of range for platform time_t")
        sec = int(floor)
        nsec = int(math.floor(frac * 1e9))
        if nsec >= 1000000000:
            nsec -= 1000000000
            sec += 1
        return sec, nsec
    from fastpy.objspace.space import int_w
    return int_w(w_t), 0


def _split_ns(w_ns):
    from fastpy.objspace.space import bigint_w, is_int
    from rpython.rlib.rbigint import rbigint
    if not is_int(w_ns):
        from fastpy.objspace.space import int_w
        big = rbigint.fromint(int_w(w_ns))
    else:
        big = bigint_w(w_ns)
    billion = rbigint.fromint(1000000000)
    q, r = big.divmod(billion)
    try:
        return q.toint(), r.toint()
    except OverflowError:
        raise oefmt(exc.w_OverflowError,
                    "timestamp out of range for platform time_t")


@module.function('utime(path, times=None, *, ns=NULL, dir_fd=None, '
                 'follow_symlinks: bool = True)')
def posix_utime(w_path, w_times, w_ns, w_dir_fd, follow_symlinks):
    path = convert_path('utime', w_path, allow_fd=True)
    if w_times is not w_None and w_ns is not None:
        raise oefmt(exc.w_ValueError, "utime: you may specify either 'times'"
                    " or 'ns' but not both")
    if w_times is not w_None:
        if not isinstance(w_times, W_TupleObject) or \
                len(w_times.items_w) != 2:
            raise oefmt(exc.w_TypeError, "utime: 'times' must be either a "
                        "tuple of two ints or None")
        asec, ansec = _split_time(w_times.items_w[0])
        msec, mnsec = _split_time(w_times.items_w[1])
    elif w_ns is not None:
        if not isinstance(w_ns, W_TupleObject) or len(w_ns.items_w) != 2:
            raise oefmt(exc.w_TypeError,
                        "utime: 'ns' must be a tuple of two ints")
        asec, ansec = _split_ns(w_ns.items_w[0])
        msec, mnsec = _split_ns(w_ns.items_w[1])
    else:
        asec, ansec, msec, mnsec = 0, UTIME_NOW, 0, UTIME_NOW
    dir_fd = dir_fd_w(w_dir_fd)
    _check_fd_path('utime', path, dir_fd, follow_symlinks)
    try:
        if path.is_fd:
            rposix.futimens(path.fd, asec, ansec, msec, mnsec)
        else:
            rposix.utimensat(path.as_bytes0(), asec, ansec, msec, mnsec,
                             dir_fd, follow_symlinks)
    except OSError as e:
        raise wrap_oserror(e)      # (CPython shows no filename here)


@module.function('truncate(path, length: int)')
def posix_truncate(w_path, length):
    path = convert_path('truncate', w_path, allow_fd=True)
    try:
        if path.is_fd:
            rposix.ftruncate(path.fd, length)
        else:
            fd = rposix.open(path.as_bytes0(), os.O_WRONLY | O_CLOEXEC, 0)
            try:
                rposix.ftruncate(fd, length)
            finally:
                rposix.close(fd)
    except OSError as e:
        raise wrap_oserror(e, path.w_obj)


# ---------------------------------------------------------------- fds

O_CLOEXEC = 524288


def fileno_w(w_fd):
    """An fd argument that may be an object with fileno() (fildes)."""
    if isinstance(w_fd, W_IntObject) or isinstance(w_fd, W_LongObject):
        fd = fd_w(w_fd)
    else:
        w_meth = protocol.lookup(w_fd, 'fileno')
        if w_meth is None:
            raise oefmt(exc.w_TypeError, "argument must be an int, or have "
                        "a fileno() method.")
        w_res = protocol.call_descr(w_meth, w_fd, [])
        if not (isinstance(w_res, W_IntObject) or
                isinstance(w_res, W_LongObject)):
            refcount.discard(w_res)
            raise oefmt(exc.w_TypeError, "fileno() returned a non-integer")
        fd = fd_w(w_res)
    if fd < 0:
        raise oefmt(exc.w_ValueError, "file descriptor cannot be a negative "
                    "integer (%d)" % fd)
    return fd


@module.function('open(path, flags: int, mode: int = 511, *, dir_fd=None)')
def posix_open(w_path, flags, mode, w_dir_fd):
    path = convert_path('open', w_path)
    dir_fd = dir_fd_w(w_dir_fd)
    try:
        fd = rposix.openat(path.as_bytes0(), flags | O_CLOEXEC, mode, dir_fd)
    except OSError as e:
        raise wrap_oserror(e, path.w_obj)
    return newint(fd)


@module.function('read(fd: int, length: int, /)')
def posix_read(fd, length):
    if length < 0:
        raise oserror(22)
    try:
        return W_BytesObject(rposix.read(fd, length))
    except OSError as e:
        raise wrap_oserror(e)


@module.function('write(fd: int, data, /)')
def posix_write(fd, w_data):
    from fastpy.objspace.bytesmethods import bytes_like
    data = bytes_like(w_data)
    try:
        return newint(rposix.write(fd, data))
    except OSError as e:
        raise wrap_oserror(e)


@module.function('close(fd: int)')
def posix_close(fd):
    try:
        rposix.close(fd)
    except OSError as e:
        raise wrap_oserror(e)


@module.function('closerange(fd_low: int, fd_high: int, /)')
def posix_closerange(fd_low, fd_high):
    rposix.closerange(fd_low, fd_high)


@module.function('lseek(fd: int, position: int, whence: int, /)')
def posix_lseek(fd, position, whence):
    try:
        return newint(intmask(rposix.lseek(fd, position, whence)))
    except OSError as e:
        raise wrap_oserror(e)


@module.function('fsync(fd)')
def posix_fsync(w_fd):
    fd = fileno_w(w_fd)
    try:
        rposix.fsync(fd)
    except OSError as e:
        raise wrap_oserror(e)


@module.function('ftruncate(fd: int, length: int, /)')
def posix_ftruncate(fd, length):
    try:
        rposix.ftruncate(fd, length)
    except OSError as e:
        raise wrap_oserror(e)


@module.function('dup(fd: int, /)')
def posix_dup(fd):
    try:
        return newint(rposix.dup(fd, inheritable=False))
    except OSError as e:
        raise wrap_oserror(e)


@module.function('dup2(fd: int, fd2: int, inheritable: bool = True)')
def posix_dup2(fd, fd2, inheritable):
    try:
        rposix.dup2(fd, fd2, inheritable)
    except OSError as e:
        raise wrap_oserror(e)
    return newint(fd2)


@module.function('pipe()')
def posix_pipe():
    try:
        fd1, fd2 = rposix.pipe(O_CLOEXEC)
    except OSError as e:
        raise wrap_oserror(e)
    return newtuple([newint(fd1), newint(fd2)])


@module.function('isatty(fd: int, /)')
def posix_isatty(fd):
    return newbool(rposix.isatty(fd))


@module.function('get_inheritable(fd: int, /)')
def posix_get_inheritable(fd):
    try:
        return newbool(rposix.get_inheritable(fd))
    except OSError as e:
        raise wrap_oserror(e)


@module.function('set_inheritable(fd: int, inheritable: int, /)')
def posix_set_inheritable(fd, inheritable):
    try:
        rposix.set_inheritable(fd, inheritable != 0)
    except OSError as e:
        raise wrap_oserror(e)


O_NONBLOCK = 2048


@module.function('get_blocking(fd: int, /)')
def posix_get_blocking(fd):
    try:
        flags = rposix.get_status_flags(fd)
    except OSError as e:
        raise wrap_oserror(e)
    return newbool(flags & O_NONBLOCK == 0)


@module.function('set_blocking(fd: int, blocking: int, /)')
def posix_set_blocking(fd, blocking):
    try:
        flags = rposix.get_status_flags(fd)
        if blocking:
            flags &= ~O_NONBLOCK
        else:
            flags |= O_NONBLOCK
        rposix.set_status_flags(fd, flags)
    except OSError as e:
        raise wrap_oserror(e)


@module.function('device_encoding(fd: int)')
def posix_device_encoding(fd):
    if rposix.isatty(fd):
        return newtext('UTF-8')
    return w_None


terminal_size = StructSeqType(
    'os', 'terminal_size', ['columns', 'lines'], 2,
    doc="A tuple of (columns, lines) for holding terminal window size")

TIOCGWINSZ = 0x5413
WINSIZE = rffi.CArray(rffi.USHORT)


@module.function('get_terminal_size(fd: int = 1, /)')
def posix_get_terminal_size(fd):
    with lltype.scoped_alloc(WINSIZE, 4) as ws:
        res = rposix.c_ioctl_voidp(fd, TIOCGWINSZ, rffi.cast(rffi.VOIDP, ws))
        if intmask(res) < 0:
            raise oserror(rposix.get_saved_errno())
        lines = intmask(ws[0])
        columns = intmask(ws[1])
    return terminal_size.new([newint(columns), newint(lines)])


# ---------------------------------------------------------------- environment

@module.function('putenv(name, value, /)')
def posix_putenv(w_name, w_value):
    name = _env_name(w_name)
    value = _env_value(w_value)
    try:
        rposix.putenv(name, value)
    except OSError as e:
        raise wrap_oserror(e)


def _fs_bytes(w_obj):
    """PyUnicode_FSConverter: str, bytes or os.PathLike -> bytes."""
    from fastpy.modules.posixutil import fsencode_u
    w_res = fspath(w_obj)
    if w_res is None:
        raise oefmt(exc.w_TypeError, "expected str, bytes or os.PathLike "
                    "object, not %s" % type_name(w_obj))
    if isinstance(w_res, W_StrObject):
        s = fsencode_u(w_res.value)
    else:
        assert isinstance(w_res, W_BytesObject)
        s = w_res.value
    if '\x00' in s:
        raise oefmt(exc.w_ValueError, "embedded null byte")
    return s


def _env_name(w_name):
    name = _fs_bytes(w_name)
    if '=' in name:
        raise oefmt(exc.w_ValueError, "illegal environment variable name")
    if len(name) == 0:
        raise oserror(EINVAL)       # what setenv() answers
    return assert_str0(name)


def _env_value(w_value):
    return assert_str0(_fs_bytes(w_value))


@module.function('unsetenv(name, /)')
def posix_unsetenv(w_name):
    name = _env_name(w_name)
    try:
        rposix.unsetenv(name)
    except OSError as e:
        raise wrap_oserror(e)


@module.initializer
def init_environ(w_dict):
    w_env = newdict()
    for key, value in os.environ.items():
        w_env.setitem(W_BytesObject(key), W_BytesObject(value))
    w_dict.setitem_str('environ', w_env)


# ---------------------------------------------------------------- process

@module.function('getpid()')
def posix_getpid():
    return newint(rposix.getpid())


@module.function('getppid()')
def posix_getppid():
    return newint(rposix.getppid())


@module.function('getuid()')
def posix_getuid():
    return newint(intmask(rposix.getuid()))


@module.function('geteuid()')
def posix_geteuid():
    return newint(intmask(rposix.geteuid()))


@module.function('getgid()')
def posix_getgid():
    return newint(intmask(rposix.getgid()))


@module.function('getegid()')
def posix_getegid():
    return newint(intmask(rposix.getegid()))


@module.function('getlogin()')
def posix_getlogin():
    try:
        return fsdecode(rposix.getlogin())
    except OSError as e:
        raise wrap_oserror(e)


@module.function('urandom(size: int, /)')
def posix_urandom(size):
    if size < 0:
        raise oefmt(exc.w_ValueError, "negative argument not allowed")
    try:
        fd = rposix.open('/dev/urandom', os.O_RDONLY | O_CLOEXEC, 0)
        try:
            parts = []
            got = 0
            while got < size:
                data = rposix.read(fd, size - got)
                if len(data) == 0:
                    break
                parts.append(data)
                got += len(data)
        finally:
            rposix.close(fd)
    except OSError as e:
        raise wrap_oserror(e)
    return W_BytesObject(''.join(parts))


@module.function('strerror(code: int, /)')
def posix_strerror(code):
    return newtext(os.strerror(code))


@module.function('fspath(path)')
def posix_fspath(w_path):
    w_res = fspath(w_path)
    if w_res is None:
        raise oefmt(exc.w_TypeError, "expected str, bytes or os.PathLike "
                    "object, not %s" % type_name(w_path))
    return w_res


times_result = StructSeqType(
    'posix', 'times_result',
    ['user', 'system', 'children_user', 'children_system', 'elapsed'], 5,
    doc="times_result: Result from os.times().\n\nThis object may be "
    "accessed either as a tuple of\n  (user, system, children_user, "
    "children_system, elapsed),\nor via the attributes user, system, "
    "children_user, children_system,\nand elapsed.\n\nSee os.times for "
    "more information.")


@module.function('times()')
def posix_times():
    try:
        t = rposix.times()
    except OSError as e:
        raise wrap_oserror(e)
    return times_result.new([newfloat(t[0]), newfloat(t[1]),
                             newfloat(t[2]), newfloat(t[3]),
                             newfloat(t[4])])


uname_result = StructSeqType(
    'posix', 'uname_result',
    ['sysname', 'nodename', 'release', 'version', 'machine'], 5,
    doc="uname_result: Result from os.uname().\n\nThis object may be "
    "accessed either as a tuple of\n  (sysname, nodename, release, version, "
    "machine),\nor via the attributes sysname, nodename, release, version, "
    "and machine.\n\nSee os.uname for more information.")


@module.function('uname()')
def posix_uname():
    try:
        r = rposix.uname()
    except OSError as e:
        raise wrap_oserror(e)
    return uname_result.new([fsdecode(r[0]), fsdecode(r[1]), fsdecode(r[2]),
                             fsdecode(r[3]), fsdecode(r[4])])


@module.function('cpu_count()')
def posix_cpu_count():
    n = rposix.cpu_count()
    if n <= 0:
        return w_None
    return newint(n)


@module.function('umask(mask: int, /)')
def posix_umask(mask):
    return newint(rposix.umask(mask))


@module.function('kill(pid: int, signal: int, /)')
def posix_kill(pid, sig):
    try:
        rposix.kill(pid, sig)
    except OSError as e:
        raise wrap_oserror(e)


@module.function('_exit(status: int)')
def posix__exit(status):
    rposix.exit(status)


@module.function('waitpid(pid: int, options: int, /)')
def posix_waitpid(pid, options):
    try:
        res, status = rposix.waitpid(pid, options)
    except OSError as e:
        raise wrap_oserror(e)
    return newtuple([newint(res), newint(status)])


@module.function('system(command)')
def posix_system(w_command):
    command = assert_str0(_fs_bytes(w_command))
    return newint(rposix.system(command))


@module.function('WIFEXITED(status: int)')
def posix_WIFEXITED(status):
    return newbool(status & 0x7f == 0)


@module.function('WEXITSTATUS(status: int)')
def posix_WEXITSTATUS(status):
    return newint((status >> 8) & 0xff)


@module.function('WIFSIGNALED(status: int)')
def posix_WIFSIGNALED(status):
    low = status & 0x7f
    return newbool(low != 0 and low != 0x7f)


@module.function('WTERMSIG(status: int)')
def posix_WTERMSIG(status):
    return newint(status & 0x7f)


@module.function('WIFSTOPPED(status: int)')
def posix_WIFSTOPPED(status):
    return newbool(status & 0xff == 0x7f)


@module.function('WSTOPSIG(status: int)')
def posix_WSTOPSIG(status):
    return newint((status >> 8) & 0xff)


@module.function('WCOREDUMP(status: int, /)')
def posix_WCOREDUMP(status):
    return newbool(status & 0x80 != 0)


@module.function('WIFCONTINUED(status: int)')
def posix_WIFCONTINUED(status):
    return newbool(status == 0xffff)


def _id_w(w_id, what):
    """A uid or gid argument (-1 means unchanged)."""
    from fastpy.objspace.space import int_w
    if not (isinstance(w_id, W_IntObject) or isinstance(w_id, W_LongObject)
            or (w_id.is_user and
                protocol.lookup(w_id, '__index__') is not None)):
        raise oefmt(exc.w_TypeError, "%s should be integer, not %s" %
                    (what, type_name(w_id)))
    return int_w(w_id)


@module.function('chown(path, uid, gid, *, dir_fd=None, '
                 'follow_symlinks: bool = True)')
def posix_chown(w_path, w_uid, w_gid, w_dir_fd, follow_symlinks):
    path = convert_path('chown', w_path, allow_fd=True)
    uid = _id_w(w_uid, 'uid')
    gid = _id_w(w_gid, 'gid')
    dir_fd = dir_fd_w(w_dir_fd)
    _check_fd_path('chown', path, dir_fd, follow_symlinks)
    try:
        if path.is_fd:
            rposix.fchown(path.fd, uid, gid)
        else:
            rposix.fchownat(path.as_bytes0(), uid, gid, dir_fd,
                            follow_symlinks)
    except OSError as e:
        raise wrap_oserror(e, path.w_obj)


@module.function('lchown(path, uid, gid)')
def posix_lchown(w_path, w_uid, w_gid):
    path = convert_path('lchown', w_path)
    uid = _id_w(w_uid, 'uid')
    gid = _id_w(w_gid, 'gid')
    try:
        rposix.fchownat(path.as_bytes0(), uid, gid, AT_FDCWD, False)
    except OSError as e:
        raise wrap_oserror(e, path.w_obj)


@module.function('fchown(fd: int, uid, gid)')
def posix_fchown(fd, w_uid, w_gid):
    uid = _id_w(w_uid, 'uid')
    gid = _id_w(w_gid, 'gid')
    try:
        rposix.fchown(fd, uid, gid)
    except OSError as e:
        raise wrap_oserror(e)


@module.function('mkfifo(path, mode: int = 438, *, dir_fd=None)')
def posix_mkfifo(w_path, mode, w_dir_fd):
    path = convert_path('mkfifo', w_path)
    dir_fd = dir_fd_w(w_dir_fd)
    try:
        rposix.mkfifoat(path.as_bytes0(), mode, dir_fd)
    except OSError as e:
        raise wrap_oserror(e)       # (CPython shows no filename here)


@module.function('waitstatus_to_exitcode(status: int)')
def posix_waitstatus_to_exitcode(status):
    low = status & 0x7f
    if low == 0:
        return newint((status >> 8) & 0xff)
    if low != 0x7f:
        return newint(-low)
    if status & 0xff == 0x7f:
        raise oefmt(exc.w_ValueError, "process stopped by delivery of "
                    "signal %d" % ((status >> 8) & 0xff))
    raise oefmt(exc.w_ValueError, "invalid wait status: %d" % status)


@module.function('fdatasync(fd)')
def posix_fdatasync(w_fd):
    fd = fileno_w(w_fd)
    try:
        rposix.fdatasync(fd)
    except OSError as e:
        raise wrap_oserror(e)


@module.function('sync()')
def posix_sync():
    rposix.sync()


# ---------------------------------------------------------------- the rest

from fastpy.modules import posixdir     # noqa: E402
module.function('scandir(path=None)')(posixdir.posix_scandir)
from fastpy.modules import posixstatvfs     # noqa: E402
module.function('statvfs(path)')(posixstatvfs.posix_statvfs)
module.function('fstatvfs(fd: int, /)')(posixstatvfs.posix_fstatvfs)


@module.initializer
def init_posix(w_dict):
    from fastpy.modules import posixdir
    w_dict.setitem_str('error', exc.w_OSError)
    for name, value in posixconst.CONSTANTS:
        w_dict.setitem_str(name, newint(value))
    w_dict.setitem_str('_have_functions', newlist(
        [newtext(name) for name in posixconst.HAVE_FUNCTIONS]))
    w_dict.setitem_str('stat_result', stat_result.w_type)
    w_dict.setitem_str('statvfs_result',
                       posixstatvfs.statvfs_result.w_type)
    w_dict.setitem_str('terminal_size', terminal_size.w_type)
    w_dict.setitem_str('times_result', times_result.w_type)
    w_dict.setitem_str('uname_result', uname_result.w_type)
    w_dict.setitem_str('DirEntry', posixdir.w_direntry_type)
