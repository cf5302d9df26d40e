# pathlib on a fixed directory
import os
import shutil
from pathlib import Path, PurePosixPath

D = Path('/tmp/fastpy_module_os_pathlib')
if D.exists():
    shutil.rmtree(D)
D.mkdir()
(D / 'sub' / 'deep').mkdir(parents=True)
(D / 'a.txt').write_text('hello\n')
(D / 'b.bin').write_bytes(b'\x00\x01')
(D / 'sub' / 'c.txt').touch()
print(sorted(p.name for p in D.iterdir()))
print(sorted(str(p.relative_to(D)) for p in D.glob('**/*.txt')))
print(sorted(str(p.relative_to(D)) for p in D.rglob('*')))
print((D / 'a.txt').read_text(), (D / 'b.bin').read_bytes())
print((D / 'a.txt').stat().st_size, (D / 'a.txt').is_file(), D.is_dir(),
      (D / 'nope').exists())
(D / 'a.txt').rename(D / 'renamed.txt')
print(sorted(p.name for p in D.iterdir()))
(D / 'link').symlink_to('renamed.txt')
print((D / 'link').is_symlink(), (D / 'link').resolve().name,
      os.readlink(D / 'link'))
(D / 'link').unlink()
(D / 'sub' / 'c.txt').unlink()
(D / 'sub' / 'deep').rmdir()
print(sorted(str(p.relative_to(D)) for p in D.rglob('*')))
p = PurePosixPath('/usr/lib/python3.11/os.py')
print(p.name, p.suffix, p.stem, p.parent, p.parts[:3], p.with_suffix('.pyc'))
print(Path.cwd() == Path(os.getcwd()), Path('~').expanduser() == Path.home())
try:
    (D / 'nope.txt').read_text()
except FileNotFoundError as e:
    print(type(e).__name__, e.filename.replace(str(D), 'D'))
shutil.rmtree(D)
print(D.exists())
