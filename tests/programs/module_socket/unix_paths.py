# AF_UNIX addresses: str and bytes paths, the abstract namespace
import os
import socket

path = '/tmp/fastpy_sock_test_%d' % os.getpid()
if os.path.exists(path):
    os.unlink(path)
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
print(repr(srv.getsockname()))
srv.bind(path)
srv.listen(1)
print(srv.getsockname() == path)
cli = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
cli.connect(os.fsencode(path))
conn, addr = srv.accept()
print(repr(addr), cli.getpeername() == path)
cli.sendall(b'over a unix socket')
print(conn.recv(100))
for s in (conn, cli, srv):
    s.close()
os.unlink(path)

name = b'\x00fastpy_abstract_%d' % os.getpid()
a = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
a.bind(name)
print(a.getsockname() == name, type(a.getsockname()).__name__)
b = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
b.sendto(b'abstract', name)
print(a.recv(100))
a.close()
b.close()
