# Instances of builtin exception types have a __dict__.
e = ValueError(1)
e.foo = 5
print(e.foo, e.__dict__, e.args)
print(ValueError().__dict__)
e.bar = [1]
del e.foo
print(e.__dict__)
try:
    del e.foo
except AttributeError as exc:
    print('AttributeError:', exc)
try:
    raise KeyError('k')
except KeyError as exc:
    exc.extra = 'info'
    print(exc.extra, sorted(exc.__dict__))
