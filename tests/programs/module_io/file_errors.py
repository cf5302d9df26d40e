# error messages of open() and of closed or wrong-mode files
import _io as io, posix
p = '/tmp/fastpy_io_test_file_errors'
def t(fn):
    try:
        r = fn()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
with open(p, 'w') as f:
    f.write('hello\nworld\n')
f = open(p); f.close()
t(lambda: f.read()); t(lambda: f.readline()); t(lambda: f.write('x'))
t(lambda: f.tell()); t(lambda: next(f)); t(lambda: f.closed); t(lambda: f.flush())
t(lambda: f.fileno()); t(lambda: f.seekable()); t(lambda: f.readable())
t(lambda: iter(f))
print(repr(f))
f = open(p, 'rb'); f.close()
t(lambda: f.read()); t(lambda: f.readline()); t(lambda: f.tell()); t(lambda: f.flush()); t(lambda: f.peek())
f = open(p, 'wb'); f.close()
t(lambda: f.write(b'x')); t(lambda: f.flush())
f = open(p, 'rb', buffering=0); f.close()
t(lambda: f.read()); t(lambda: f.write(b'x')); t(lambda: f.tell()); t(lambda: f.fileno())
print(repr(f))
f = open(p, 'r'); t(lambda: f.write('x')); t(lambda: f.buffer.write(b'x')); t(lambda: f.buffer.raw.write(b'x')); f.close()
f = open(p, 'w'); t(lambda: f.read()); t(lambda: f.readline()); t(lambda: f.buffer.read()); t(lambda: f.buffer.raw.read()); f.close()
for m in ['q', 'rw', 'rr', 'r+b+', 'bt', '', 'b', '+', 'U', 't', 'rbx']:
    t(lambda: open(p, m))
t(lambda: open('/nonexistent_dir_fastpy/x'))
t(lambda: open('/tmp'))
t(lambda: open(p, 'x'))
t(lambda: open(p, 'rb', encoding='utf-8')); t(lambda: open(p, 'rb', newline=''))
t(lambda: open(p, 'rb', errors='strict')); t(lambda: open(p, 'r', buffering=0))
t(lambda: open(p, newline='x')); t(lambda: open(p, newline=1)); t(lambda: open(p, encoding='no-such-codec'))
t(lambda: open(1.5)); t(lambda: open(-1)); t(lambda: open(p, closefd=False)); t(lambda: open([]))
try:
    open('/nonexistent_dir_fastpy/y')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
try:
    open(p).write('x')
except io.UnsupportedOperation as e:
    print(isinstance(e, OSError), isinstance(e, ValueError), e.args)
print(io.UnsupportedOperation.__mro__)
posix.remove(p)
