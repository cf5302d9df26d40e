# ImportError / ModuleNotFoundError: msg, name, path, keywords and str().
e = ImportError('no module', name='mod', path='/p/mod.py')
print(repr(e), str(e), e.args, e.msg, e.name, e.path)
e = ImportError()
print(repr(e), repr(str(e)), e.args, e.msg, e.name, e.path)
e = ImportError('a', 'b')
print(repr(e), repr(str(e)), e.args, e.msg, e.name, e.path)
e = ImportError(5)
print(repr(e), repr(str(e)), e.msg)
e = ImportError(name='x')
print(repr(e), repr(str(e)), e.msg, e.name)
e = ModuleNotFoundError("No module named 'foo'", name='foo')
print(repr(e), str(e), e.name, isinstance(e, ImportError))
e.msg = 'changed'
print(str(e), e.args)
e.msg = 5
print(str(e))
e.name = 'q'
e.path = 'r'
print(e.name, e.path)
del e.msg
print(repr(e.msg), str(e))
e = ImportError('m')
e.__init__('n', name='z')
print(e.msg, e.name, e.path, e.args)
e = ImportError('m', name='k')
e.__init__('n')
print(e.msg, e.name, e.path, e.args)
for kwargs in [{'x': 1}, {'name': 'a', 'x': 1}, {'a': 1, 'b': 2, 'c': 3},
               {'name': 1, 'path': 2, 'c': 3}]:
    try:
        ImportError('m', **kwargs)
    except TypeError as exc:
        print('TypeError:', exc)
try:
    ModuleNotFoundError('m', spam=1)
except TypeError as exc:
    print('TypeError:', exc)
try:
    raise ModuleNotFoundError("No module named 'zz'", name='zz')
except ImportError as exc:
    print(type(exc).__name__, exc.name, exc)
