import tempfile
from pathlib import Path
with tempfile.TemporaryDirectory() as d:
    root = Path(d)
    (root / 'src' / 'pkg').mkdir(parents=True)
    (root / 'src' / 'pkg' / '__init__.py').write_text('')
    (root / 'src' / 'pkg' / 'mod.py').write_text('x = 1\ny = 2\n')
    (root / 'data.bin').write_bytes(b'\x00\x01\x02')
    (root / 'notes.txt').write_text('hello\nworld\n', encoding='utf-8')
    print(sorted(str(p.relative_to(root)) for p in root.iterdir()))
    print(sorted(str(p.relative_to(root)) for p in root.rglob('*.py')))
    print(sorted(str(p.relative_to(root)) for p in root.glob('*/*')))
    print((root / 'notes.txt').read_text().splitlines(), (root / 'data.bin').read_bytes(), (root / 'data.bin').stat().st_size)
    print((root / 'src').is_dir(), (root / 'notes.txt').is_file(), (root / 'nope').exists())
    with (root / 'notes.txt').open('a') as f:
        f.write('more\n')
    print((root / 'notes.txt').read_text().count('\n'))
    t = (root / 'notes.txt').rename(root / 'renamed.txt')
    print(t.name, (root / 'notes.txt').exists(), t.exists())
    (root / 'empty').mkdir()
    try:
        (root / 'empty').mkdir()
    except FileExistsError:
        print('FileExistsError')
    (root / 'empty').mkdir(exist_ok=True)
    (root / 'empty').rmdir()
    (root / 'touched').touch(); print((root / 'touched').stat().st_size)
    (root / 'touched').unlink(); (root / 'touched').unlink(missing_ok=True)
    try:
        (root / 'missing.txt').read_text()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    print(Path(d).resolve() == root.resolve(), root.joinpath('a/../b').name, (root / 'x').with_suffix('.y').name)
    print(Path('~').expanduser().is_absolute(), Path.cwd().is_absolute(), type(root).__name__)
print(Path(d).exists())
