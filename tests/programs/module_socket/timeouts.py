# settimeout / setblocking / the default timeout
import socket

print(socket.timeout is TimeoutError, socket.error is OSError)
a, b = socket.socketpair()
a.settimeout(0.05)
print(a.gettimeout(), a.timeout, a.getblocking())
try:
    a.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, e.args)
b.send(b'x')
print(a.recv(10))
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
a.settimeout(None)
print(a.gettimeout(), a.getblocking())
for bad in (-1, -0.5):
    try:
        a.settimeout(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    a.settimeout('1')
except TypeError as e:
    print('TypeError', e)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
c = socket.socket()
print(socket.getdefaulttimeout(), c.gettimeout())
socket.setdefaulttimeout(None)
d = socket.socket()
print(d.gettimeout())
for s in (a, b, c, d):
    s.close()
