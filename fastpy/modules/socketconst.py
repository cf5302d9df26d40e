"""The integer constants of the _socket module: those rsocket already
probes (_rsocket_rffi.constants) plus the ones CPython's socketmodule.c
exports on Linux that rsocket does not know, probed here from the C
headers at translation time (a name the platform does not define is
left out, as CPython leaves it out)."""

from rpython.rlib import _rsocket_rffi as _c
from rpython.rtyper.tool import rffi_platform as platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo

# rsocket's names that are not socket-module constants in CPython
_NOT_EXPORTED = ['AF_BLUETOOTH', 'BDADDR_ANY', 'BDADDR_LOCAL', 'FD_SETSIZE',
                 'SIOCGIFINDEX', 'SIOCGIFNAME', 'INVALID_SOCKET']

_EXTRA = """
AF_ALG AF_CAN AF_DECnet AF_QIPCRTR AF_RDS AF_TIPC AF_VSOCK
ALG_OP_DECRYPT ALG_OP_ENCRYPT ALG_OP_SIGN ALG_OP_VERIFY
ALG_SET_AEAD_ASSOCLEN ALG_SET_AEAD_AUTHSIZE ALG_SET_IV ALG_SET_KEY
ALG_SET_OP ALG_SET_PUBKEY
CAN_BCM CAN_EFF_FLAG CAN_EFF_MASK CAN_ERR_FLAG CAN_ERR_MASK CAN_ISOTP
CAN_J1939 CAN_RAW CAN_RAW_FD_FRAMES CAN_RAW_FILTER CAN_RAW_JOIN_FILTERS
CAN_RAW_LOOPBACK CAN_RAW_RECV_OWN_MSGS CAN_RTR_FLAG CAN_SFF_MASK
IOCTL_VM_SOCKETS_GET_LOCAL_CID IPPROTO_MPTCP IPPROTO_SCTP IPPROTO_UDPLITE
IP_BIND_ADDRESS_NO_PORT IP_RECVTOS IP_TRANSPARENT
J1939_FILTER_MAX J1939_IDLE_ADDR J1939_MAX_UNICAST_ADDR J1939_NO_ADDR
J1939_NO_NAME J1939_NO_PGN J1939_PGN_ADDRESS_CLAIMED
J1939_PGN_ADDRESS_COMMANDED J1939_PGN_MAX J1939_PGN_PDU1_MAX
J1939_PGN_REQUEST
MSG_CMSG_CLOEXEC MSG_CONFIRM MSG_ERRQUEUE MSG_FASTOPEN MSG_MORE
MSG_NOSIGNAL NETLINK_CRYPTO PF_CAN PF_PACKET PF_RDS SCM_CREDENTIALS
SCM_J1939_DEST_ADDR SCM_J1939_DEST_NAME SCM_J1939_ERRQUEUE SCM_J1939_PRIO
SCM_RIGHTS SOCK_NONBLOCK SOL_ALG SOL_CAN_BASE SOL_CAN_RAW SOL_RDS SOL_TIPC
SO_BINDTODEVICE SO_DOMAIN SO_INCOMING_CPU SO_J1939_ERRQUEUE
SO_J1939_FILTER SO_J1939_PROMISC SO_J1939_SEND_PRIO SO_MARK SO_PASSCRED
SO_PASSSEC SO_PEERCRED SO_PEERSEC SO_PRIORITY SO_PROTOCOL
SO_VM_SOCKETS_BUFFER_MAX_SIZE SO_VM_SOCKETS_BUFFER_MIN_SIZE
SO_VM_SOCKETS_BUFFER_SIZE TCP_CONGESTION TCP_FASTOPEN TCP_NOTSENT_LOWAT
TCP_USER_TIMEOUT TIPC_ADDR_ID TIPC_ADDR_NAME TIPC_ADDR_NAMESEQ
TIPC_CFG_SRV TIPC_CLUSTER_SCOPE TIPC_CONN_TIMEOUT TIPC_CRITICAL_IMPORTANCE
TIPC_DEST_DROPPABLE TIPC_HIGH_IMPORTANCE TIPC_IMPORTANCE
TIPC_LOW_IMPORTANCE TIPC_MEDIUM_IMPORTANCE TIPC_NODE_SCOPE TIPC_PUBLISHED
TIPC_SRC_DROPPABLE TIPC_SUBSCR_TIMEOUT TIPC_SUB_CANCEL TIPC_SUB_PORTS
TIPC_SUB_SERVICE TIPC_TOP_SRV TIPC_WAIT_FOREVER TIPC_WITHDRAWN
TIPC_ZONE_SCOPE UDPLITE_RECV_CSCOV UDPLITE_SEND_CSCOV VMADDR_CID_ANY
VMADDR_CID_HOST VMADDR_PORT_ANY VM_SOCKETS_INVALID_VERSION
""".split()

_HEADERS = ['linux/can.h', 'linux/can/raw.h', 'linux/can/bcm.h',
            'linux/can/j1939.h', 'linux/tipc.h', 'linux/vm_sockets.h',
            'linux/if_alg.h', 'linux/netlink.h', 'linux/rds.h']


def _probe():
    if not _c._POSIX:
        return {}
    pre = ''.join(['#if defined(__has_include)\n#if __has_include(<%s>)\n'
                   '#include <%s>\n#endif\n#endif\n' % (h, h)
                   for h in _HEADERS])
    eci = _c.eci.merge(ExternalCompilationInfo(
        post_include_bits=[pre]))

    class CConfig:
        _compilation_info_ = eci
    for name in _EXTRA:
        setattr(CConfig, name, platform.DefinedConstantInteger(name))
    found = platform.configure(CConfig)
    result = {}
    for name in _EXTRA:
        value = found.get(name, None)
        if value is not None:
            result[name] = value
    # CPython's UDPLITE_* and IPPROTO_UDPLITE come from its own defines
    # when the headers lack them (Linux values)
    if 'UDPLITE_SEND_CSCOV' not in result:
        result['UDPLITE_SEND_CSCOV'] = 10
        result['UDPLITE_RECV_CSCOV'] = 11
    if 'IPPROTO_UDPLITE' not in result and 'IPPROTO_UDP' in _c.constants:
        result['IPPROTO_UDPLITE'] = 136
    return result


def _all_constants():
    names = {}
    for name, value in _c.constants.items():
        if value is None or name in _NOT_EXPORTED or \
                isinstance(value, bool):      # has_ipv6: socketmodule.py
            continue
        if name.startswith('POLL'):
            continue
        names[name] = value
    for name, value in _probe().items():
        names[name] = value
    return sorted(names.items())


CONSTANTS = _all_constants()      # [(name, int)], sorted by name
_BY_NAME = dict(CONSTANTS)


def get(name, default):
    return _BY_NAME.get(name, default)
