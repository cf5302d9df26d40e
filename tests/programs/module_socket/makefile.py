# socket.makefile: buffered binary and text files over a socketpair
import socket
a, b = socket.socketpair()
f = a.makefile('rb')
w = b.makefile('w')
w.write('line one\nline two\n')
w.flush()
print(f.readline(), f.readline())
f.close(); w.close(); a.close(); b.close()
print(a)
