e = OSError(2, 'No such file or directory', 'data.txt')
print(type(e))
print(e, '|', e.errno, e.strerror, e.filename, e.args)
print(type(OSError(13, 'denied')), type(OSError(17, 'exists')))
print(OSError('just a message'), OSError(1, 'two'))
print(OSError(2, 'a', 'f', None, 'g'))
try:
    raise OSError(2, 'gone', 'x')
except FileNotFoundError as f:
    print('subclass caught:', f)
print(IOError is OSError, EnvironmentError is OSError)
