# OSError subclasses and argument errors, as CPython reports them
import socket
import errno

probe = socket.socket()
probe.bind(('127.0.0.1', 0))
port = probe.getsockname()[1]
probe.close()                       # nothing listens there now
c = socket.socket()
try:
    c.connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno == errno.ECONNREFUSED, e.strerror)
c.close()
c = socket.socket()
print(c.connect_ex(('127.0.0.1', port)) == errno.ECONNREFUSED)
c.close()

def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

s = socket.socket()
t(s.bind, 5)
t(s.bind, ('127.0.0.1',))
t(s.bind, ('127.0.0.1', 70000))
t(s.bind, ('127.0.0.1', 'x'))
t(s.bind, (1, 2))
t(s.recv, -1)
t(s.getsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, 5000)
t(s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, 'x')
t(s.sendto, b'x')
t(s.recv_into, b'xx')
t(s.recv_into, bytearray(2), 5)
t(socket.socket, 'x')
t(socket.socket, socket.AF_INET, socket.SOCK_STREAM, 0, -5)
t(s.send, 'text')
s.close()
t(s.fileno)
t(s.send, b'x')
t(s.getsockname)
u = socket.socket(socket.AF_UNIX)
t(u.bind, 5)
t(u.bind, 'a' * 200)
u.close()
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.gaierror.__module__, socket.herror.__name__)
