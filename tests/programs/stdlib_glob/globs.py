import glob, os, tempfile
with tempfile.TemporaryDirectory() as d:
    for rel in ['a.py', 'b.py', 'c.txt', '.hidden.py', 'sub/d.py', 'sub/e.txt', 'sub/deep/f.py', '[x].py']:
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, 'w').close()
    r = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
    print(r(glob.glob(os.path.join(d, '*.py'))))
    print(r(glob.glob(os.path.join(d, '?.*'))))
    print(r(glob.glob(os.path.join(d, '[ab].py'))))
    print(r(glob.glob(os.path.join(d, '**', '*.py'), recursive=True)))
    print(r(glob.glob(os.path.join(d, '**'), recursive=True)))
    print(r(glob.glob(os.path.join(d, '*', '*.txt'))))
    print(r(glob.glob(os.path.join(glob.escape(d), glob.escape('[x].py')))))
    print(sorted(glob.glob('*.py', root_dir=d)), sorted(glob.glob('**/*.txt', root_dir=d, recursive=True)))
    print(sorted(glob.glob('.*', root_dir=d)), sorted(glob.iglob('sub/*', root_dir=d)))
    print(glob.glob(os.path.join(d, 'nomatch*')), glob.has_magic('a*b'), glob.has_magic('abc'), glob.escape('a[b]*?'))
