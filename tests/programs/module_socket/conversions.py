# inet_* and byte order conversions, numeric name resolution
import socket

def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

t(socket.inet_aton, '1.2.3.4')
t(socket.inet_aton, '127.1')
t(socket.inet_aton, 'x')
t(socket.inet_aton, 5)
t(socket.inet_ntoa, b'\x7f\x00\x00\x01')
t(socket.inet_ntoa, b'ab')
t(socket.inet_pton, socket.AF_INET, '10.0.0.255')
t(socket.inet_pton, socket.AF_INET6, '::1')
t(socket.inet_pton, socket.AF_INET6, 'fe80::1:2')
t(socket.inet_pton, socket.AF_INET, 'zz')
t(socket.inet_pton, 99, '1.2.3.4')
t(socket.inet_ntop, socket.AF_INET, b'\x01\x02\x03\x04')
t(socket.inet_ntop, socket.AF_INET6, b'\x20\x01\x0d\xb8' + b'\x00' * 11 + b'\x01')
t(socket.inet_ntop, socket.AF_INET, b'ab')
t(socket.inet_ntop, 99, b'abcd')
for f in (socket.htons, socket.ntohs):
    t(f, 1); t(f, 0x1234); t(f, -1); t(f, 70000); t(f, 'a'); t(f, 2**70)
for f in (socket.htonl, socket.ntohl):
    t(f, 1); t(f, 0x12345678); t(f, -1); t(f, 2**32); t(f, 2.0)
t(socket.getaddrinfo, '127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)
t(socket.getaddrinfo, '::1', 'https', socket.AF_INET6, socket.SOCK_DGRAM,
  0, socket.AI_NUMERICHOST)
t(socket.getaddrinfo, None, 0, socket.AF_INET, socket.SOCK_STREAM, 0,
  socket.AI_PASSIVE)
t(socket.getnameinfo, ('127.0.0.1', 80),
  socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)
t(socket.getnameinfo, ('::1', 8080, 0, 0),
  socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)
t(socket.getnameinfo, '127.0.0.1', 0)
t(socket.gethostbyname, '10.1.2.3')
print(isinstance(socket.gethostname(), str))
t(socket.getservbyname, 'nosuchservice')
t(socket.getprotobyname, 'nosuchprotocol')
t(socket.getservbyport, 70000)
print(socket.has_ipv6, socket.SOCK_STREAM, socket.AF_INET, socket.SHUT_RDWR)
