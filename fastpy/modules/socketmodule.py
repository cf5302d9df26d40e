"""The _socket module (CPython's socketmodule.c) on rpython.rlib.rsocket:
the socket type (socketobject.py), name resolution, address
conversions, byte order, the default timeout, the constants
(socketconst.py) and the exceptions (error is OSError, timeout is
TimeoutError; herror and gaierror subclass OSError)."""

import sys

import errno as errno_mod

from rpython.rlib import rsocket
from rpython.rlib import _rsocket_rffi as _c
from rpython.rlib.rarithmetic import intmask, r_uint
from rpython.rtyper.lltypesystem import lltype, rffi

from fastpy.interpreter.error import oefmt
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules import socketconst
from fastpy.modules.socketobject import (
    w_socket_type, w_herror, w_gaierror, sock_error, errno_error,
    int_arg, bytes_like, host_arg, timeout_arg, timeout_w, addr_to_w,
    wrap_rsocket, SOCK_CLOEXEC, AF_INET, AF_INET6, AF_UNIX)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.longobject import W_LongObject
from fastpy.objspace.strobject import W_StrObject
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.bytearrayobject import W_BytearrayObject
from fastpy.objspace.noneobject import w_None
from fastpy.objspace.boolobject import w_True
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.listobject import newlist

module = ModuleDef('_socket', 'Implementation module for socket '
                   'operations.\n\nSee the socket module for '
                   'documentation.')


def _str_arg(w_obj, fname, argnum):
    if not isinstance(w_obj, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s() argument %d must be str, not %s"
                    % (fname, argnum, space.type_name(w_obj)))
    return space.str_to_utf8(w_obj.value)


def _opt_str_arg(w_obj, fname, argnum):
    if w_obj is None:
        return None
    return _str_arg(w_obj, fname, argnum)


# ---------------------------------------------------------------- sockets

@module.function('socketpair(family=NULL, type=NULL, proto=0, /)')
def socket_socketpair(w_family, w_type, w_proto):
    family = AF_UNIX if w_family is None else int_arg(w_family)
    type = rsocket.SOCK_STREAM if w_type is None else int_arg(w_type)
    proto = int_arg(w_proto)
    try:
        s0, s1 = rsocket.socketpair(family, type, proto, inheritable=False)
    except rsocket.SocketError as e:
        raise sock_error(e)
    for s in [s0, s1]:
        s.type = type & ~SOCK_CLOEXEC
        if s.timeout >= 0.0:
            s._setblocking(False)
    return newtuple([wrap_rsocket(s0), wrap_rsocket(s1)])


@module.function('dup(fd, /)')
def socket_dup(w_fd):
    fd = int_arg(w_fd)
    try:
        return newint(rsocket.dup(fd, inheritable=False))
    except rsocket.SocketError as e:
        raise sock_error(e)
    except OSError as e:
        raise errno_error(e.errno)


@module.function('close(fd, /)')
def socket_close(w_fd):
    fd = int_arg(w_fd)
    res = _c.socketclose(fd)
    if res != 0:
        errno = _c.geterrno()
        if errno != errno_mod.ECONNRESET:
            raise errno_error(errno)
    return w_None


# ---------------------------------------------------------------- timeouts

@module.function('getdefaulttimeout()')
def socket_getdefaulttimeout():
    return timeout_w(rsocket.getdefaulttimeout())


@module.function('setdefaulttimeout(timeout, /)')
def socket_setdefaulttimeout(w_timeout):
    rsocket.setdefaulttimeout(timeout_arg(w_timeout))
    return w_None


# ---------------------------------------------------------------- names

@module.function('gethostname()')
def socket_gethostname():
    try:
        name = rsocket.gethostname()
    except rsocket.SocketError as e:
        raise sock_error(e)
    from fastpy.modules.posixutil import fsdecode
    return fsdecode(name)


def _hostname_arg(w_name, fname):
    if isinstance(w_name, W_StrObject):
        return space.str_to_utf8(w_name.value)
    if isinstance(w_name, W_BytesObject):
        return w_name.value
    if isinstance(w_name, W_BytearrayObject):
        return w_name.as_str()
    raise oefmt(exc.w_TypeError, "%s() argument 1 must be str, bytes or "
                "bytearray, not %s" % (fname, space.type_name(w_name)))


@module.function('gethostbyname(hostname, /)')
def socket_gethostbyname(w_name):
    name = _hostname_arg(w_name, 'gethostbyname')
    try:
        addr = rsocket.gethostbyname(name)
        return space.newtext(addr.get_host())
    except rsocket.SocketError as e:
        raise sock_error(e)


def _host_entry(result):
    name, aliases, addresses = result
    aliases_w = [space.newtext(a) for a in aliases]
    addrs_w = []
    for addr in addresses:
        assert isinstance(addr, rsocket.IPAddress)
        addrs_w.append(space.newtext(addr.get_host()))
    return newtuple([space.newtext(name), newlist(aliases_w),
                     newlist(addrs_w)])


@module.function('gethostbyname_ex(hostname, /)')
def socket_gethostbyname_ex(w_name):
    name = _hostname_arg(w_name, 'gethostbyname_ex')
    try:
        return _host_entry(rsocket.gethostbyname_ex(name))
    except rsocket.SocketError as e:
        raise sock_error(e)


@module.function('gethostbyaddr(ip_address, /)')
def socket_gethostbyaddr(w_name):
    name = _hostname_arg(w_name, 'gethostbyaddr')
    try:
        return _host_entry(rsocket.gethostbyaddr(name))
    except rsocket.SocketError as e:
        raise sock_error(e)


@module.function('getservbyname(servicename, protocolname=NULL, /)')
def socket_getservbyname(w_name, w_proto):
    name = _str_arg(w_name, 'getservbyname', 1)
    proto = _opt_str_arg(w_proto, 'getservbyname', 2)
    try:
        return newint(rsocket.getservbyname(name, proto))
    except rsocket.SocketError as e:
        raise sock_error(e)


@module.function('getservbyport(port, protocolname=NULL, /)')
def socket_getservbyport(w_port, w_proto):
    port = int_arg(w_port)
    if port < 0 or port > 0xffff:
        raise oefmt(exc.w_OverflowError, "getservbyport: port must be "
                    "0-65535.")
    proto = _opt_str_arg(w_proto, 'getservbyport', 2)
    try:
        return space.newtext(rsocket.getservbyport(port, proto))
    except rsocket.SocketError as e:
        raise sock_error(e)


@module.function('getprotobyname(protocolname, /)')
def socket_getprotobyname(w_name):
    name = _str_arg(w_name, 'getprotobyname', 1)
    try:
        return newint(rsocket.getprotobyname(name))
    except rsocket.SocketError as e:
        raise sock_error(e)


@module.function('getaddrinfo(host, port, family=0, type=0, proto=0, '
                 'flags=0)')
def socket_getaddrinfo(w_host, w_port, w_family, w_type, w_proto, w_flags):
    if w_host is w_None:
        host = None
    elif isinstance(w_host, W_StrObject):
        host = space.str_to_utf8(w_host.value)
    elif isinstance(w_host, W_BytesObject):
        host = w_host.value
    else:
        raise oefmt(exc.w_TypeError, "getaddrinfo() argument 1 must be "
                    "string or None")
    if w_port is w_None:
        port = None
    elif isinstance(w_port, W_IntObject):
        port = str(w_port.intval)
    elif isinstance(w_port, W_LongObject):
        raise oefmt(exc.w_OverflowError, "Python int too large to convert "
                    "to C long")
    elif isinstance(w_port, W_StrObject):
        port = space.str_to_utf8(w_port.value)
    elif isinstance(w_port, W_BytesObject):
        port = w_port.value
    else:
        raise oefmt(exc.w_OSError, "Int or String expected")
    family = int_arg(w_family)
    socktype = int_arg(w_type)
    proto = int_arg(w_proto)
    flags = int_arg(w_flags)
    try:
        infos = rsocket.getaddrinfo(host, port, family, socktype, proto,
                                    flags)
    except rsocket.SocketError as e:
        raise sock_error(e)
    result_w = []
    for fam, typ, pro, canon, addr in infos:
        result_w.append(newtuple([newint(fam), newint(typ), newint(pro),
                                  space.newtext(canon), addr_to_w(addr)]))
    return newlist(result_w)


@module.function('getnameinfo(sockaddr, flags, /)')
def socket_getnameinfo(w_sockaddr, w_flags):
    if not isinstance(w_sockaddr, W_TupleObject):
        raise oefmt(exc.w_TypeError, "getnameinfo() argument 1 must be a "
                    "tuple")
    items_w = w_sockaddr.items_w
    if len(items_w) < 2 or len(items_w) > 4 or \
            not isinstance(items_w[0], W_StrObject):
        raise oefmt(exc.w_TypeError, "getnameinfo(): illegal sockaddr "
                    "argument")
    flags = int_arg(w_flags)
    host = host_arg(items_w[0])
    port = int_arg(items_w[1])
    flowinfo = 0
    scope_id = 0
    if len(items_w) > 2:
        flowinfo = int_arg(items_w[2])
        if flowinfo < 0 or flowinfo > 0xfffff:
            raise oefmt(exc.w_OverflowError, "getnameinfo(): flowinfo must "
                        "be 0-1048575.")
    if len(items_w) > 3:
        scope_id = int_arg(items_w[3])
    try:
        infos = rsocket.getaddrinfo(host, str(port), rsocket.AF_UNSPEC,
                                    rsocket.SOCK_DGRAM, 0,
                                    rsocket.AI_NUMERICHOST)
        if len(infos) > 1:
            raise oefmt(exc.w_OSError, "sockaddr resolved to multiple "
                        "addresses")
        addr = infos[0][4]
        if isinstance(addr, rsocket.INETAddress):
            if len(items_w) != 2:
                raise oefmt(exc.w_OSError, "IPv4 sockaddr must be 2 tuple")
        elif isinstance(addr, rsocket.INET6Address):
            a = addr.lock(_c.sockaddr_in6)
            rffi.setintfield(a, 'c_sin6_flowinfo',
                             rsocket.htonl(r_uint(flowinfo)))
            rffi.setintfield(a, 'c_sin6_scope_id', scope_id)
            addr.unlock()
        h, s = rsocket.getnameinfo(addr, flags)
    except rsocket.SocketError as e:
        raise sock_error(e)
    return newtuple([space.newtext(h), space.newtext(s)])


# ---------------------------------------------------------------- addresses

@module.function('inet_aton(string, /)')
def socket_inet_aton(w_ip):
    ip = _str_arg(w_ip, 'inet_aton', 1)
    try:
        return W_BytesObject(rsocket.inet_aton(ip))
    except rsocket.SocketError as e:
        raise sock_error(e)


@module.function('inet_ntoa(packed_ip, /)')
def socket_inet_ntoa(w_packed):
    packed = bytes_like(w_packed)
    try:
        return space.newtext(rsocket.inet_ntoa(packed))
    except rsocket.SocketError as e:
        raise sock_error(e)


@module.function('inet_pton(af, ip, /)')
def socket_inet_pton(w_af, w_ip):
    af = int_arg(w_af)
    ip = _str_arg(w_ip, 'inet_pton', 2)
    if af != AF_INET and af != AF_INET6:
        raise errno_error(errno_mod.EAFNOSUPPORT)
    try:
        return W_BytesObject(rsocket.inet_pton(af, ip))
    except rsocket.SocketError as e:
        raise sock_error(e)


@module.function('inet_ntop(af, packed_ip, /)')
def socket_inet_ntop(w_af, w_packed):
    af = int_arg(w_af)
    packed = bytes_like(w_packed)
    if af == AF_INET:
        size = 4
    elif af == AF_INET6:
        size = 16
    else:
        raise oefmt(exc.w_ValueError, "unknown address family %d" % af)
    if len(packed) != size:
        raise oefmt(exc.w_ValueError, "invalid length of packed IP address "
                    "string")
    try:
        return space.newtext(rsocket.inet_ntop(af, packed))
    except rsocket.SocketError as e:
        raise sock_error(e)


# ---------------------------------------------------------------- byte order

_BIG_ENDIAN = sys.byteorder == 'big'

def _c_int_arg(w_x):
    """PyArg_ParseTuple's "i"."""
    if isinstance(w_x, W_LongObject):
        raise oefmt(exc.w_OverflowError, "Python int too large to convert "
                    "to C long")
    x = int_arg(w_x)
    if x > 2147483647:
        raise oefmt(exc.w_OverflowError, "signed integer is greater than "
                    "maximum")
    if x < -2147483648:
        raise oefmt(exc.w_OverflowError, "signed integer is less than "
                    "minimum")
    return x


def _short_arg(w_x, fname):
    x = _c_int_arg(w_x)
    if x < 0:
        raise oefmt(exc.w_OverflowError, "%s: can't convert negative Python "
                    "int to C 16-bit unsigned integer" % fname)
    if x > 0xffff:
        raise oefmt(exc.w_OverflowError, "%s: Python int too large to "
                    "convert to C 16-bit unsigned integer" % fname)
    return x


def _swap16(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


def _swap32(x):
    return (((x & 0xff) << 24) | (((x >> 8) & 0xff) << 16) |
            (((x >> 16) & 0xff) << 8) | ((x >> 24) & 0xff))


def _long_arg(w_x):
    if isinstance(w_x, W_LongObject):
        big = w_x.bigval
        if big.sign < 0:
            raise oefmt(exc.w_OverflowError, "can't convert negative value "
                        "to unsigned int")
        if big.bit_length() > 64:
            raise oefmt(exc.w_OverflowError, "Python int too large to "
                        "convert to C unsigned long")
        raise oefmt(exc.w_OverflowError, "int larger than 32 bits")
    if not isinstance(w_x, W_IntObject):
        raise oefmt(exc.w_TypeError, "expected int, %s found" %
                    space.type_name(w_x))
    x = w_x.intval
    if x < 0:
        raise oefmt(exc.w_OverflowError, "can't convert negative value to "
                    "unsigned int")
    if x > 0xffffffff:
        raise oefmt(exc.w_OverflowError, "int larger than 32 bits")
    return x


@module.function('htons(x, /)')
def socket_htons(w_x):
    x = _short_arg(w_x, 'htons')
    return newint(x if _BIG_ENDIAN else _swap16(x))


@module.function('ntohs(x, /)')
def socket_ntohs(w_x):
    x = _short_arg(w_x, 'ntohs')
    return newint(x if _BIG_ENDIAN else _swap16(x))


@module.function('htonl(x, /)')
def socket_htonl(w_x):
    x = _long_arg(w_x)
    return newint(x if _BIG_ENDIAN else _swap32(x))


@module.function('ntohl(x, /)')
def socket_ntohl(w_x):
    x = _long_arg(w_x)
    return newint(x if _BIG_ENDIAN else _swap32(x))


# ---------------------------------------------------------------- the dict

@module.initializer
def init_socket(w_dict):
    w_dict.setitem_str('socket', w_socket_type)
    w_dict.setitem_str('SocketType', w_socket_type)
    w_dict.setitem_str('error', exc.w_OSError)
    w_dict.setitem_str('timeout', exc.w_TimeoutError)
    w_dict.setitem_str('herror', w_herror)
    w_dict.setitem_str('gaierror', w_gaierror)
    w_dict.setitem_str('has_ipv6', w_True)
    for name, value in socketconst.CONSTANTS:
        w_dict.setitem_str(name, newint(value))
