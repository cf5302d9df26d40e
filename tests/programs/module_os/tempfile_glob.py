# tempfile, glob and fnmatch on a fixed directory
import fnmatch
import glob
import os
import shutil
import tempfile

D = '/tmp/fastpy_module_os_tempfile_glob'
if os.path.exists(D):
    shutil.rmtree(D)
os.mkdir(D)
for name in ['a.py', 'b.py', 'c.txt', '.hidden.py']:
    with open(os.path.join(D, name), 'w') as f:
        f.write(name)
os.mkdir(os.path.join(D, 'pkg'))
with open(os.path.join(D, 'pkg', 'm.py'), 'w') as f:
    f.write('m')

print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(D, '*.py'))))
print(sorted(os.path.relpath(p, D) for p in glob.glob(os.path.join(D, '**', '*.py'), recursive=True)))
print(sorted(glob.glob('*.txt', root_dir=D)))
print(fnmatch.fnmatch('a.py', '*.py'), fnmatch.fnmatch('a.PY', '*.py'),
      fnmatch.fnmatchcase('a.PY', '*.py'))
print(fnmatch.filter(['x.py', 'y.txt', 'z.py'], '*.py'), fnmatch.translate('*.py'))

d = tempfile.mkdtemp(prefix='fastpy_', dir=D)
print(os.path.isdir(d), os.path.basename(d).startswith('fastpy_'),
      oct(os.stat(d).st_mode & 0o777))
fd, path = tempfile.mkstemp(suffix='.dat', dir=d)
os.write(fd, b'data')
os.close(fd)
print(os.path.getsize(path), path.endswith('.dat'),
      oct(os.stat(path).st_mode & 0o777))
with tempfile.TemporaryDirectory(dir=D) as t:
    print(os.path.isdir(t))
print(os.path.exists(t))
with tempfile.NamedTemporaryFile(dir=D, delete=True) as f:
    f.write(b'hello')
    f.flush()
    print(os.path.getsize(f.name))
print(os.path.exists(f.name))
print(tempfile.gettempdir())
shutil.rmtree(D)
print(os.path.exists(D))
