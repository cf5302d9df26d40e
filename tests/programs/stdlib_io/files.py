import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'data.txt')
with open(p, 'w', encoding='utf-8', newline='\n') as f:
    print('first line', file=f)
    f.writelines(['second\n', 'third: ü\n'])
    print(f.tell(), f.name == p, f.mode, f.encoding)
with open(p, encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        print(n, repr(line))
with open(p, 'rb') as f:
    raw = f.read(); print(raw, type(f).__name__, type(f.raw).__name__)
with open(p, 'r+', encoding='utf-8') as f:
    f.seek(0, io.SEEK_END); f.write('appended\n'); f.seek(0); print(f.readlines()[-1])
with open(p, 'ab') as f:
    f.write(b'bytes\n')
with open(p, 'rb') as f:
    f.seek(-6, 2); print(f.read(), f.tell())
with io.open(p, 'rt', encoding='utf-8', errors='strict') as f:
    t = io.TextIOWrapper(io.BufferedReader(io.FileIO(p)), encoding='utf-8')
    print(t.readline(), t.readline().strip()); t.close()
try:
    open(os.path.join(d, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
with open(p, 'x' if False else 'w') as f:
    f.write('')
try:
    open(p, 'x')
except FileExistsError as e:
    print('FileExistsError', e.strerror)
try:
    open(p, 'rw')
except ValueError as e:
    print('ValueError', e)
with open(p, 'w') as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
print(f.closed, os.path.getsize(p))
os.remove(p); os.rmdir(d)
