# os: makedirs, walk, scandir, stat, path helpers, environ, errors
import os
import stat

D = '/tmp/fastpy_module_os_os_files'


def rm_tree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            p = os.path.join(root, name)
            if os.path.islink(p):
                os.remove(p)
            else:
                os.rmdir(p)
    os.rmdir(top)


if os.path.exists(D):
    rm_tree(D)
os.makedirs(os.path.join(D, 'a', 'b', 'c'))
os.makedirs(os.path.join(D, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(D, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.filename.replace(D, 'D'))
for rel in ['a/one.txt', 'a/b/two.txt', 'a/b/c/three.py', 'top.cfg']:
    with open(os.path.join(D, rel), 'w') as f:
        f.write(rel * 3)
os.symlink('top.cfg', os.path.join(D, 'link.cfg'))

for root, dirs, files in os.walk(D):
    dirs.sort()
    print(root.replace(D, 'D'), dirs, sorted(files))
print(sorted(os.listdir(D)))
print(sorted(e.name for e in os.scandir(D) if e.is_file()))
print(sorted(e.name for e in os.scandir(D) if e.is_dir()))
print(sorted(e.name for e in os.scandir(D) if e.is_symlink()))
st = os.stat(os.path.join(D, 'top.cfg'))
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(D).st_mode))
print(os.path.getsize(os.path.join(D, 'a', 'one.txt')))
print(os.path.isdir(D), os.path.isfile(D), os.path.islink(os.path.join(D, 'link.cfg')))
print(os.path.exists(os.path.join(D, 'nope')), os.path.lexists(os.path.join(D, 'link.cfg')))
print(os.path.realpath(os.path.join(D, 'link.cfg')).replace(D, 'D'))
print(os.path.samefile(os.path.join(D, 'link.cfg'), os.path.join(D, 'top.cfg')))
print(os.path.abspath('x').startswith(os.getcwd()))
print(os.path.basename(D), os.path.dirname(D), os.path.splitext('a/b.tar.gz'))
print(os.path.normpath('/a/./b/../c//d'), os.path.relpath('/a/b/c', '/a'))
print(os.path.expanduser('~') == os.environ.get('HOME', os.path.expanduser('~')))
print(os.fspath(os.path.join(D, 'x')).replace(D, 'D'))
os.environ['FASTPY_OS_TEST'] = 'value'
print(os.environ['FASTPY_OS_TEST'], os.getenv('FASTPY_OS_TEST'),
      os.environb[b'FASTPY_OS_TEST'])
del os.environ['FASTPY_OS_TEST']
print(os.getenv('FASTPY_OS_TEST', 'gone'), 'FASTPY_OS_TEST' in os.environ)
try:
    os.environ['FASTPY_MISSING']
except KeyError as e:
    print('KeyError', e)
print(os.sep, os.curdir, os.pardir, os.extsep, os.linesep == '\n', os.name)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.stat in os.supports_dir_fd, os.stat in os.supports_follow_symlinks,
      os.scandir in os.supports_fd, os.open in os.supports_dir_fd)
os.rename(os.path.join(D, 'top.cfg'), os.path.join(D, 'moved.cfg'))
os.renames(os.path.join(D, 'a', 'b', 'c', 'three.py'),
           os.path.join(D, 'x', 'y', 'three.py'))
for root, dirs, files in os.walk(D):
    dirs.sort()
    print(root.replace(D, 'D'), dirs, sorted(files))
try:
    os.remove(os.path.join(D, 'nope'))
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename.replace(D, 'D'))
rm_tree(D)
print(os.path.exists(D))
