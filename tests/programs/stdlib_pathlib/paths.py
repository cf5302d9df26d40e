from pathlib import PurePosixPath, PureWindowsPath, Path, PurePath
p = PurePosixPath('/usr/lib/python3.11/os.py')
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, list(map(str, p.parents))[:3], p.parts, p.anchor, p.root)
print(p.with_name('x.txt'), p.with_suffix('.pyc'), p.with_stem('nt'), p.relative_to('/usr'), p.is_absolute(), p.is_relative_to('/usr/lib'))
q = PurePosixPath('a') / 'b' / '../c.tar.gz'
print(q, q.suffixes, q.stem, repr(q), PurePosixPath('a', 'b/c', '/d'), PurePosixPath('//x/y'), PurePosixPath('a//b/./c/'))
print(p.match('*.py'), p.match('lib/*/*.py'), p.match('/*.py'), PurePosixPath('a/b') == PurePosixPath('a//b'), PurePosixPath('A') == PurePosixPath('a'))
print(sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a')]))
w = PureWindowsPath('C:\\Users\\bob\\file.TXT')
print(w.name, w.drive, w.root, w.anchor, w.parent, w.suffix, w.as_posix(), w == PureWindowsPath('c:/users/BOB/file.txt'))
print(PureWindowsPath('//server/share/x').anchor, PurePath('x/y').as_posix(), PurePosixPath('/a/b').as_uri())
try:
    p.relative_to('/etc')
except ValueError as e:
    print('ValueError', e)
try:
    PurePosixPath('a').with_suffix('bad')
except ValueError as e:
    print('ValueError', e)
print(PurePosixPath('/a/b').joinpath('c', 'd'), str(PurePosixPath()), PurePosixPath('.'), bytes(PurePosixPath('/x')))
