import tempfile, os
with tempfile.TemporaryFile() as f:
    f.write(b'hello'); f.seek(0); print(f.read(), f.mode)
with tempfile.NamedTemporaryFile('w+', suffix='.txt', prefix='fp_', delete=True) as f:
    name = f.name
    f.write('text'); f.flush(); f.seek(0)
    print(f.read(), os.path.basename(name).startswith('fp_'), name.endswith('.txt'), os.path.exists(name))
print(os.path.exists(name))
fd, path = tempfile.mkstemp(suffix='.dat', text=True)
os.write(fd, b'abc'); os.close(fd)
with open(path) as f:
    print(f.read())
os.remove(path)
d = tempfile.mkdtemp(prefix='dir_')
print(os.path.isdir(d), os.path.basename(d).startswith('dir_'), os.path.dirname(d) == tempfile.gettempdir())
os.rmdir(d)
with tempfile.TemporaryDirectory(suffix='_x') as td:
    p = os.path.join(td, 'f')
    open(p, 'w').close()
    print(os.listdir(td), td.endswith('_x'))
print(os.path.exists(td))
s = tempfile.SpooledTemporaryFile(max_size=10, mode='w+')
s.write('short'); print(s._rolled); s.write('x' * 20); print(s._rolled); s.seek(0); print(len(s.read())); s.close()
print(type(tempfile.gettempdir()).__name__, type(tempfile.gettempdirb()).__name__, tempfile.gettempprefix())
t = tempfile.TemporaryDirectory(); n = t.name; t.cleanup(); print(os.path.exists(n))
