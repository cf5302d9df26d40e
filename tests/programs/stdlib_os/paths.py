import os.path as p
import os
for s in ['/usr/lib/python3.11/os.py', 'a/b/../c/./d', '', '/', '//x//y/', 'file.tar.gz', '.bashrc', 'a/b/']:
    print(repr(s), p.basename(s), p.dirname(s), p.split(s), p.splitext(s), p.normpath(s) if s else '', p.isabs(s))
print(p.join('a', 'b', '/c', 'd'), p.join('a', ''), p.join('', 'x'))
print(p.commonprefix(['/usr/lib', '/usr/local', '/usr/libexec']))
print(p.commonpath(['/usr/lib/x', '/usr/lib/y/z', '/usr/lib']))
print(p.relpath('/a/b/c', '/a/d'), p.relpath('/a/b', '/a/b'))
print(p.expanduser('~nosuchuser_xyz/x'))
os.environ['FASTPY_T'] = 'val'
print(p.expandvars('$FASTPY_T/${FASTPY_T}/$NOPE_XYZ'))
print(p.splitdrive('/a/b'), p.normcase('/A/B'))
print(os.sep, os.curdir, os.pardir, os.extsep, os.altsep, os.linesep == '\n')
try:
    p.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
print(p.join(b'a', b'b'), p.basename(b'/x/y.z'))
