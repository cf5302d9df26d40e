# UDP on 127.0.0.1: sendto/recvfrom, recvfrom_into, connected send
import socket

r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r.bind(('127.0.0.1', 0))
raddr = r.getsockname()
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 0))
print(s.type == socket.SOCK_DGRAM)
print(s.sendto(b'datagram one', raddr))
data, addr = r.recvfrom(100)
print(data, addr == s.getsockname())
s.sendto(b'two', 0, raddr)
buf = bytearray(8)
n, addr = r.recvfrom_into(buf)
print(n, bytes(buf[:n]), addr == s.getsockname())
s.connect(raddr)
s.send(b'connected')
print(r.recv(4))          # the rest of the datagram is dropped
r.sendto(b'back', s.getsockname())
print(s.recvfrom(100)[0])
s.close()
r.close()
