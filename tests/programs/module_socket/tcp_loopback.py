# TCP on 127.0.0.1: the listen queue holds the client until accept
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(('127.0.0.1', 0))
srv.listen()
host, port = srv.getsockname()
print(host, 0 < port < 65536)

cli = socket.socket()
cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
print(cli.connect_ex(('127.0.0.1', port)))
conn, addr = srv.accept()
print(type(conn).__name__, addr == cli.getsockname())
print(conn.getpeername() == cli.getsockname(), cli.getpeername() == (host, port))
print(conn.family == socket.AF_INET, conn.type == socket.SOCK_STREAM)

cli.sendall(b'ping' * 3)
data = b''
while len(data) < 12:
    data += conn.recv(100)
print(data)
conn.sendall(b'pong')
print(cli.recv(100))
conn.close()
print(cli.recv(100))
cli.close()
srv.close()

# create_connection and create_server from socket.py
srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
cli = socket.create_connection(('127.0.0.1', port))
conn, _ = srv.accept()
conn.sendall(b'through create_server')
print(cli.recv(100))
for s in (conn, cli, srv):
    s.close()
