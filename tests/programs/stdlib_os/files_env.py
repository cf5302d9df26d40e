import os, tempfile
d = tempfile.mkdtemp()
try:
    os.makedirs(os.path.join(d, 'a', 'b', 'c'))
    os.makedirs(os.path.join(d, 'a', 'b'), exist_ok=True)
    try:
        os.makedirs(os.path.join(d, 'a'))
    except FileExistsError as e:
        print('exists', e.errno, e.strerror)
    for name in ['x.txt', 'a/y.txt', 'a/b/z.py']:
        with open(os.path.join(d, name), 'w') as f:
            f.write(name * 3)
    for root, dirs, files in os.walk(d):
        dirs.sort()
        print(os.path.relpath(root, d), sorted(dirs), sorted(files))
    print(sorted(os.listdir(d)))
    print(sorted(e.name for e in os.scandir(d) if e.is_file()))
    st = os.stat(os.path.join(d, 'x.txt'))
    print(st.st_size, os.path.getsize(os.path.join(d, 'a/y.txt')))
    print(os.path.exists(os.path.join(d, 'nope')), os.path.isdir(os.path.join(d, 'a')), os.path.isfile(os.path.join(d, 'a')))
    os.rename(os.path.join(d, 'x.txt'), os.path.join(d, 'w.txt'))
    os.replace(os.path.join(d, 'w.txt'), os.path.join(d, 'v.txt'))
    print(sorted(os.listdir(d)))
    os.remove(os.path.join(d, 'v.txt'))
    try:
        os.remove(os.path.join(d, 'v.txt'))
    except FileNotFoundError as e:
        print('FNF', e.errno, os.path.basename(e.filename))
    try:
        os.rmdir(os.path.join(d, 'a'))
    except OSError as e:
        print(type(e).__name__, e.strerror)
    os.remove(os.path.join(d, 'a/b/z.py'))
    os.remove(os.path.join(d, 'a/y.txt'))
    os.removedirs(os.path.join(d, 'a', 'b', 'c'))
    print(os.path.exists(os.path.join(d, 'a')))
finally:
    if os.path.exists(d):
        os.rmdir(d)
print(os.path.exists(d))
os.environ['FASTPY_X'] = '1'
print(os.environ.get('FASTPY_X'), os.getenv('FASTPY_NOPE', 'dflt'), 'FASTPY_X' in os.environ)
del os.environ['FASTPY_X']
print(os.environ.get('FASTPY_X'))
print(type(os.getpid()).__name__, os.getcwd() == os.path.abspath('.'))
print(os.fspath('abc'), os.fsencode('abc'), os.fsdecode(b'abc'))
class P:
    def __fspath__(self):
        return '/tmp/zz'
print(os.fspath(P()), os.path.join(P(), 'q'))
