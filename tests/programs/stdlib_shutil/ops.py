import shutil, os, tempfile
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'src')
    os.makedirs(os.path.join(src, 'sub', 'deep'))
    for rel, text in [('a.txt', 'A'), ('b.py', 'B' * 100), ('sub/c.txt', 'C'), ('sub/deep/d.log', 'D')]:
        with open(os.path.join(src, rel), 'w') as f:
            f.write(text)
    print(shutil.copy(os.path.join(src, 'a.txt'), os.path.join(d, 'a2.txt')).endswith('a2.txt'))
    shutil.copy2(os.path.join(src, 'b.py'), d)
    shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(d, 'a3.txt'))
    print(sorted(os.listdir(d)))
    dst = os.path.join(d, 'dst')
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns('*.log'))
    print(sorted(os.path.relpath(os.path.join(r, f), dst) for r, _, fs in os.walk(dst) for f in fs))
    try:
        shutil.copytree(src, dst)
    except FileExistsError:
        print('FileExistsError')
    shutil.copytree(src, dst, dirs_exist_ok=True)
    shutil.move(os.path.join(d, 'a3.txt'), os.path.join(dst, 'moved.txt'))
    shutil.move(os.path.join(dst, 'sub'), os.path.join(d, 'sub_moved'))
    print(sorted(os.listdir(dst)), sorted(os.listdir(os.path.join(d, 'sub_moved'))))
    shutil.rmtree(dst)
    print(os.path.exists(dst))
    errors = []
    shutil.rmtree(os.path.join(d, 'nope'), ignore_errors=True)
    try:
        shutil.rmtree(os.path.join(d, 'nope'))
    except FileNotFoundError:
        print('FileNotFoundError')
    with open(os.path.join(src, 'a.txt')) as fs, open(os.path.join(d, 'cp.txt'), 'w') as fd:
        shutil.copyfileobj(fs, fd)
    print(open(os.path.join(d, 'cp.txt')).read())
    try:
        shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(src, 'a.txt'))
    except shutil.SameFileError as e:
        print('SameFileError')
    arch = shutil.make_archive(os.path.join(d, 'arch'), 'tar', root_dir=src)
    print(os.path.basename(arch), os.path.getsize(arch) > 0)
    print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'))
