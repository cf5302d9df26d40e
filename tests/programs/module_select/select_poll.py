# select.select and select.poll on a socketpair
import select
import socket

a, b = socket.socketpair()
print(select.select([a, b], [a], [], 0) == ([], [a], []))
b.send(b'x')
r, w, x = select.select([a.fileno(), b], [], [], 1.0)
print(r == [a.fileno()], w, x)
p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLOUT)
print(sorted(p.poll(100)))
p.modify(b, select.POLLIN)
print(p.poll(0))
p.unregister(a)
print(p.poll(0.5))

def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

t(p.modify, 99, 1)
t(p.unregister, 99)
t(p.register, 'x')
t(p.poll, 'x')
t(p.register, 1, -1)
t(p.register, 1, 70000)
t(select.select, 'x', [], [])
t(select.select, [], [], [], -1)
t(select.select, [], [], [], 'a')
t(select.select, [-1], [], [])
t(select.select, [object()], [], [], 0)
print(select.error is OSError, select.POLLIN, select.POLLOUT)
a.close()
b.close()
