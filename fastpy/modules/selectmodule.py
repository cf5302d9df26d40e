"""The select module (CPython's selectmodule.c), on rpython.rlib.rpoll:
select.select() and select.poll() objects (what selectors'
PollSelector and SelectSelector use).  epoll is not provided
(selectors then picks PollSelector)."""

import errno as errno_mod

from rpython.rlib import rpoll
from rpython.rlib import _rsocket_rffi as _c
from rpython.rtyper.tool import rffi_platform as platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import module_type
from fastpy.modules.socketobject import errno_error
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.root import W_Counted
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.longobject import W_LongObject
from fastpy.objspace.floatobject import W_FloatObject
from fastpy.objspace.noneobject import w_None
from fastpy.objspace.listobject import newlist
from fastpy.objspace.tupleobject import newtuple

module = ModuleDef('select', 'This module supports asynchronous I/O on '
                   'multiple file descriptors.\n\n*** IMPORTANT NOTICE '
                   '***\nOn Windows, only sockets are supported; on Unix, '
                   'all file descriptors.')


class CConfig:
    _compilation_info_ = ExternalCompilationInfo(
        includes=['poll.h', 'limits.h', 'sys/select.h'])
    POLLRDHUP = platform.DefinedConstantInteger('POLLRDHUP')
    POLLWRBAND = platform.DefinedConstantInteger('POLLWRBAND')
    PIPE_BUF = platform.DefinedConstantInteger('PIPE_BUF')
    FD_SETSIZE = platform.DefinedConstantInteger('FD_SETSIZE')

_found = platform.configure(CConfig)
_CONSTANTS = []
for _name in ['POLLERR', 'POLLHUP', 'POLLIN', 'POLLMSG', 'POLLNVAL',
              'POLLOUT', 'POLLPRI', 'POLLRDBAND', 'POLLRDNORM',
              'POLLWRNORM']:
    if _c.constants.get(_name, None) is not None:
        _CONSTANTS.append((_name, _c.constants[_name]))
for _name in ['POLLRDHUP', 'POLLWRBAND', 'PIPE_BUF']:
    if _found.get(_name, None) is not None:
        _CONSTANTS.append((_name, _found[_name]))
FD_SETSIZE = _found.get('FD_SETSIZE', None) or 1024
POLLIN = _c.constants['POLLIN']
POLLPRI = _c.constants['POLLPRI']
POLLOUT = _c.constants['POLLOUT']


def fd_of(w_obj):
    """PyObject_AsFileDescriptor."""
    if isinstance(w_obj, W_LongObject):
        raise oefmt(exc.w_OverflowError, "Python int too large to convert "
                    "to C int")
    if isinstance(w_obj, W_IntObject):
        fd = w_obj.intval
    else:
        from fastpy.modules.iobase import space_hasattr, call_method
        if not space_hasattr(w_obj, 'fileno'):
            raise oefmt(exc.w_TypeError, "argument must be an int, or have "
                        "a fileno() method.")
        w_fd = call_method(w_obj, 'fileno', [])
        try:
            if isinstance(w_fd, W_LongObject):
                raise oefmt(exc.w_OverflowError, "Python int too large to "
                            "convert to C int")
            if not isinstance(w_fd, W_IntObject):
                raise oefmt(exc.w_TypeError, "fileno() returned a "
                            "non-integer")
            fd = w_fd.intval
        finally:
            refcount.discard(w_fd)
    if fd > 2147483647 or fd < -2147483648:
        raise oefmt(exc.w_OverflowError, "Python int too large to convert "
                    "to C int")
    if fd < 0:
        raise oefmt(exc.w_ValueError, "file descriptor cannot be a negative "
                    "integer (%d)" % fd)
    return fd


# ---------------------------------------------------------------- select()

def _ready(objs_w, fds, ready):
    result_w = []
    for i in range(len(fds)):
        if fds[i] in ready:
            result_w.append(objs_w[i])
    return newlist(result_w)


@module.function('select(rlist, wlist, xlist, timeout=None, /)')
def select_select(w_r, w_w, w_x, w_timeout):
    if w_timeout is w_None:
        timeout = -1.0
    elif isinstance(w_timeout, W_FloatObject) or \
            isinstance(w_timeout, W_IntObject):
        timeout = space.float_w(w_timeout)
        if timeout != timeout:
            raise oefmt(exc.w_ValueError, "Invalid value NaN (not a number)")
        if timeout < 0.0:
            raise oefmt(exc.w_ValueError, "timeout must be non-negative")
    else:
        raise oefmt(exc.w_TypeError, "timeout must be a float or None")
    lists = [w_r, w_w, w_x]
    objs_w = [[], [], []]
    fds = [[], [], []]
    held_w = []
    try:
        for k in range(3):
            items_w = space.iterate(lists[k])
            held_w.extend(items_w)
            for w_item in items_w:
                fd = fd_of(w_item)
                if fd >= FD_SETSIZE:
                    raise oefmt(exc.w_ValueError, "filedescriptor out of "
                                "range in select()")
                objs_w[k].append(w_item)
                fds[k].append(fd)
        try:
            r, w, x = rpoll.select(fds[0], fds[1], fds[2], timeout)
        except rpoll.SelectError as e:
            raise errno_error(e.errno)
        result_w = []
        for k, ready in [(0, r), (1, w), (2, x)]:
            readyset = {}
            for fd in ready:
                readyset[fd] = True
            result_w.append(_ready(objs_w[k], fds[k], readyset))
        return newtuple(result_w)
    finally:
        for w_item in held_w:
            refcount.discard(w_item)


# ---------------------------------------------------------------- poll()

w_poll_type = module_type('poll', 'select')


class W_Poll(W_Counted):
    _attrs_ = ['fddict', 'polling']

    def __init__(self):
        self.fddict = {}
        self.polling = False

    def gettype(self):
        return w_poll_type

    def referents(self):
        return []

    def release_children(self):
        pass


def _poll(w_self):
    if not isinstance(w_self, W_Poll):
        raise oefmt(exc.w_TypeError, "descriptor requires a 'select.poll' "
                    "object but received '%s'" % space.type_name(w_self))
    return w_self


def _mask_arg(w_mask):
    if isinstance(w_mask, W_FloatObject):
        raise oefmt(exc.w_TypeError, "'float' object cannot be interpreted "
                    "as an integer")
    if isinstance(w_mask, W_LongObject):
        if w_mask.bigval.sign < 0:
            raise oefmt(exc.w_ValueError, "value must be positive")
        raise oefmt(exc.w_OverflowError, "Python int too large for C "
                    "unsigned short")
    mask = space.int_w(w_mask)
    if mask < 0:
        raise oefmt(exc.w_ValueError, "value must be positive")
    if mask > 0xffff:
        raise oefmt(exc.w_OverflowError, "Python int too large for C "
                    "unsigned short")
    return mask


@module.function('poll()')
def select_poll():
    return W_Poll()


@method(w_poll_type, 'register(self, fd, eventmask=NULL, /)', W_Poll)
def poll_register(w_self, w_fd, w_mask):
    p = _poll(w_self)
    fd = fd_of(w_fd)
    if w_mask is None:
        mask = POLLIN | POLLPRI | POLLOUT
    else:
        mask = _mask_arg(w_mask)
    p.fddict[fd] = mask
    return w_None


@method(w_poll_type, 'modify(self, fd, eventmask, /)', W_Poll)
def poll_modify(w_self, w_fd, w_mask):
    p = _poll(w_self)
    fd = fd_of(w_fd)
    mask = _mask_arg(w_mask)
    if fd not in p.fddict:
        raise errno_error(errno_mod.ENOENT)
    p.fddict[fd] = mask
    return w_None


@method(w_poll_type, 'unregister(self, fd, /)', W_Poll)
def poll_unregister(w_self, w_fd):
    p = _poll(w_self)
    fd = fd_of(w_fd)
    if fd not in p.fddict:
        from fastpy.objspace.exceptions import W_BaseException
        raise OperationError(W_BaseException(exc.w_KeyError,
                                             [newint(fd)]))
    del p.fddict[fd]
    return w_None


@method(w_poll_type, 'poll(self, timeout=None, /)', W_Poll)
def poll_poll(w_self, w_timeout):
    p = _poll(w_self)
    if w_timeout is w_None:
        ms = -1
    elif isinstance(w_timeout, W_IntObject):
        ms = w_timeout.intval
    elif isinstance(w_timeout, W_FloatObject):
        t = w_timeout.floatval
        if t != t:
            raise oefmt(exc.w_ValueError, "Invalid value NaN (not a number)")
        ms = int(t)
        if float(ms) < t:
            ms += 1                  # rounded up, as CPython does
    else:
        raise oefmt(exc.w_TypeError, "timeout must be an integer or None")
    if ms < 0:
        ms = -1
    if p.polling:
        raise oefmt(exc.w_RuntimeError, "concurrent poll() invocation")
    p.polling = True
    try:
        events = rpoll.poll(p.fddict, ms)
    except rpoll.PollError as e:
        p.polling = False
        raise errno_error(e.errno)
    p.polling = False
    result_w = []
    for fd, revents in events:
        result_w.append(newtuple([newint(fd), newint(revents)]))
    return newlist(result_w)


@module.initializer
def init_select(w_dict):
    w_dict.setitem_str('error', exc.w_OSError)
    for name, value in _CONSTANTS:
        w_dict.setitem_str(name, newint(value))
