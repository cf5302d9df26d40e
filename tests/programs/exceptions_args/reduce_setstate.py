# BaseException.__reduce__ and __setstate__.
print(ValueError(1, 2).__reduce__())
print(ValueError().__reduce__())
e = ValueError(1)
e.foo = 5
print(e.__reduce__())
print(OSError(2, 'x').__reduce__())
print(OSError(2, 'x', 'f').__reduce__())
print(OSError(2, 'x', 'f', None, 'g').__reduce__())
print(ImportError('a', name='n').__reduce__())
print(ImportError('a').__reduce__())
print(ImportError('a', path='p').__reduce__())
print(UnicodeEncodeError('a', 'x', 0, 1, 'r').__reduce__())

class E(Exception):
    pass

e = E('m')
print(e.__reduce__())
e.attr = 1
print(e.__reduce__())
e = ValueError(1)
print(e.__setstate__({'a': 1}), e.a)
print(e.__setstate__(None))
try:
    e.__setstate__(5)
except TypeError as exc:
    print('TypeError:', exc)
cls, args, state = OSError(2, 'x', 'f').__reduce__() + (None,)
print(cls(*args), type(cls(*args)).__name__)
