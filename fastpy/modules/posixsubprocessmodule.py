"""The _posixsubprocess module (CPython's _posixsubprocess.c):
fork_exec(), which subprocess.Popen uses to start a child.

The parent converts every argument to RPython values, forks, and
returns the child's pid.  The child arranges its file descriptors
(pipes onto 0/1/2, the others closed unless kept), changes directory,
umask, session, process group, ids, restores SIGPIPE/SIGXFSZ, runs
preexec_fn, then tries each executable in turn.  A failure is written
to errpipe_write as `OSError:<hex errno>:` (with `noexec` when exec was
never reached), or `SubprocessError:0:<message>`, which subprocess.py
parses; the child then exits with status 255.  (No vfork.)
"""

import errno as errno_mod
import os

from rpython.rlib import rposix, rsignal
from rpython.rlib.rstring import assert_str0
from rpython.rtyper.lltypesystem import rffi

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.posixutil import fspath, fsencode_u, wrap_oserror
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.strobject import W_StrObject
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.bytearrayobject import W_BytearrayObject
from fastpy.objspace.noneobject import w_None
from fastpy.objspace.tupleobject import W_TupleObject

module = ModuleDef('_posixsubprocess', 'A POSIX helper for the subprocess '
                   'module.')

RESTORED_SIGNALS = [getattr(rsignal, _name) for _name in
                    ['SIGPIPE', 'SIGXFSZ'] if hasattr(rsignal, _name)]


def fs_bytes(w_obj):
    """PyUnicode_FSConverter: str (encoded), bytes, os.PathLike."""
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.as_str()
    w_path = fspath(w_obj)
    if w_path is None:
        raise oefmt(exc.w_TypeError, "expected str, bytes or os.PathLike "
                    "object, not %s" % space.type_name(w_obj))
    try:
        if isinstance(w_path, W_StrObject):
            s = fsencode_u(w_path.value)
        else:
            assert isinstance(w_path, W_BytesObject)
            s = w_path.value
    finally:
        if w_path is not w_obj:
            refcount.discard(w_path)
    assert s is not None
    if '\x00' in s:
        raise oefmt(exc.w_ValueError, "embedded null byte")
    return assert_str0(s)


def bytes_list(w_seq):
    items_w = space.iterate(w_seq)
    result = []
    try:
        for w_item in items_w:
            result.append(fs_bytes(w_item))
    finally:
        for w_item in items_w:
            refcount.discard(w_item)
    return result


def int_arg(w_obj, argnum):
    if not space.is_int(w_obj):
        raise oefmt(exc.w_TypeError, "fork_exec() argument %d must be int, "
                    "not %s" % (argnum, space.type_name(w_obj)))
    return space.int_w(w_obj)


def opt_id(w_obj, argnum):
    if w_obj is w_None:
        return -1
    return int_arg(w_obj, argnum)


# ---------------------------------------------------------------- the child

def _hex(n):
    if n == 0:
        return '0'
    digits = []
    while n > 0:
        digits.append('0123456789abcdef'[n & 15])
        n >>= 4
    digits.reverse()
    return ''.join(digits)


def _write_all(fd, data):
    while len(data) > 0:
        try:
            n = os.write(fd, data)
        except OSError:
            return
        if n <= 0:
            return
        data = data[n:]


def _close_fds(keep):
    """Close every descriptor >= 3 not in `keep` (sorted)."""
    fds = []
    try:
        for name in os.listdir('/proc/self/fd'):
            try:
                fds.append(int(name))
            except ValueError:
                pass
    except OSError:
        fds = []
        fd = 3
        while fd < 1024:
            fds.append(fd)
            fd += 1
    for fd in fds:
        if fd < 3 or fd in keep:
            continue
        try:
            os.close(fd)
        except OSError:
            pass


class Child(object):
    """What the child needs, converted before fork."""

    def __init__(self):
        self.argv = []
        self.executables = []
        self.close_fds = True
        self.keep = []
        self.cwd = None
        self.env = None
        self.p2cread = -1
        self.p2cwrite = -1
        self.c2pread = -1
        self.c2pwrite = -1
        self.errread = -1
        self.errwrite = -1
        self.errpipe_read = -1
        self.errpipe_write = -1
        self.restore_signals = False
        self.call_setsid = False
        self.pgid = -1
        self.gid = -1
        self.groups = None
        self.uid = -1
        self.umask = -1
        self.w_preexec = None


def _dup_high(fd):
    """A duplicate of fd that is not 0, 1 or 2."""
    while fd >= 0 and fd < 3:
        fd = rposix.dup(fd, False)
    return fd


def child_exec(c):
    """In the child after fork: never returns."""
    reached_exec = False
    failed = 0
    try:
        for fd in c.keep:
            if fd != c.errpipe_write:
                rposix.set_inheritable(fd, True)
        for fd in [c.p2cwrite, c.c2pread, c.errread, c.errpipe_read]:
            if fd != -1:
                os.close(fd)
        c2pwrite = c.c2pwrite
        if c2pwrite == 0:
            c2pwrite = _dup_high(c2pwrite)
        errwrite = c.errwrite
        if errwrite == 0 or errwrite == 1:
            errwrite = _dup_high(errwrite)
        for fd, target in [(c.p2cread, 0), (c2pwrite, 1), (errwrite, 2)]:
            if fd == target:
                rposix.set_inheritable(fd, True)
            elif fd != -1:
                rposix.dup2(fd, target, True)
        cwd = c.cwd
        if cwd is not None:
            os.chdir(assert_str0(cwd))
        if c.umask >= 0:
            os.umask(c.umask)
        if c.restore_signals:
            for signum in RESTORED_SIGNALS:
                rsignal.pypysig_default(signum)
        if c.call_setsid:
            os.setsid()
        if c.pgid >= 0:
            os.setpgid(0, c.pgid)
        groups = c.groups
        if groups is not None:
            os.setgroups(groups)
        if c.gid != -1:
            os.setregid(c.gid, c.gid)
        if c.uid != -1:
            os.setreuid(c.uid, c.uid)
        reached_exec = True
        if c.w_preexec is not None:
            try:
                from fastpy.interpreter.eval import call_function
                from fastpy.interpreter.function import Arguments
                w_res = call_function(c.w_preexec, Arguments([]))
                refcount.discard(w_res)
            except OperationError:
                _write_all(c.errpipe_write, "SubprocessError:0:Exception "
                           "occurred in preexec_fn.")
                os._exit(255)
        if c.close_fds:
            _close_fds(c.keep)
        saved = 0
        for exe in c.executables:
            exe = assert_str0(exe)
            try:
                if c.env is not None:
                    _execve(exe, c.argv, c.env)
                else:
                    os.execv(exe, c.argv)
            except OSError as e:
                if e.errno != errno_mod.ENOENT and \
                        e.errno != errno_mod.ENOTDIR and saved == 0:
                    saved = e.errno
                failed = e.errno
        if saved != 0:
            failed = saved
    except OSError as e:
        failed = e.errno
    msg = 'OSError:' + _hex(failed) + ':'
    if not reached_exec:
        msg += 'noexec'
    _write_all(c.errpipe_write, msg)
    os._exit(255)


def _execve(path, args, envstrs):
    """execve with the environment as given (b'NAME=value' items)."""
    path = assert_str0(path)
    l_args = rffi.ll_liststr2charpp(args)
    l_env = rffi.ll_liststr2charpp(envstrs)
    rposix.c_execve(path, l_args, l_env)
    rffi.free_charpp(l_env)
    rffi.free_charpp(l_args)
    raise OSError(rposix.get_saved_errno(), "execve failed")


# ---------------------------------------------------------------- fork_exec

@module.function('fork_exec(*args)')
def posixsubprocess_fork_exec(args_w):
    if len(args_w) != 23:
        raise oefmt(exc.w_TypeError, "fork_exec() takes exactly 23 "
                    "arguments (%d given)" % len(args_w))
    c = Child()
    w_args = args_w[0]
    if w_args is not w_None:
        c.argv = bytes_list(w_args)
    c.executables = bytes_list(args_w[1])
    c.close_fds = space.is_true(args_w[2])
    w_keep = args_w[3]
    if not isinstance(w_keep, W_TupleObject):
        raise oefmt(exc.w_TypeError, "fork_exec() argument 4 must be tuple, "
                    "not %s" % space.type_name(w_keep))
    prev = -1
    for w_fd in w_keep.items_w:
        if not isinstance(w_fd, W_IntObject) or w_fd.intval < 0 or \
                w_fd.intval <= prev:
            raise oefmt(exc.w_ValueError, "bad value(s) in fds_to_keep")
        prev = w_fd.intval
        c.keep.append(w_fd.intval)
    if args_w[4] is not w_None:
        c.cwd = fs_bytes(args_w[4])
    if args_w[5] is not w_None:
        c.env = bytes_list(args_w[5])
    c.p2cread = int_arg(args_w[6], 7)
    c.p2cwrite = int_arg(args_w[7], 8)
    c.c2pread = int_arg(args_w[8], 9)
    c.c2pwrite = int_arg(args_w[9], 10)
    c.errread = int_arg(args_w[10], 11)
    c.errwrite = int_arg(args_w[11], 12)
    c.errpipe_read = int_arg(args_w[12], 13)
    c.errpipe_write = int_arg(args_w[13], 14)
    c.restore_signals = space.is_true(args_w[14])
    c.call_setsid = space.is_true(args_w[15])
    c.pgid = int_arg(args_w[16], 17)
    c.gid = opt_id(args_w[17], 18)
    w_groups = args_w[18]
    if w_groups is not w_None:
        groups = []
        for w_g in space.iterate(w_groups):
            groups.append(int_arg(w_g, 19))
        c.groups = groups
    c.uid = opt_id(args_w[19], 20)
    c.umask = int_arg(args_w[20], 21)
    w_preexec = args_w[21]
    if w_preexec is not w_None:
        c.w_preexec = w_preexec
    try:
        pid = os.fork()
    except OSError as e:
        raise wrap_oserror(e)
    if pid == 0:
        try:
            child_exec(c)
        finally:
            os._exit(255)
    return newint(pid)
