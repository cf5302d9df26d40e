# _stat: docstrings of the functions and of the module
import _stat
print(_stat.S_ISDIR.__doc__)
print(_stat.S_IMODE.__doc__)
print(_stat.filemode.__doc__)
print(_stat.S_IFMT.__doc__)
print(_stat.__doc__)
print(sorted(n for n in dir(_stat) if not n.startswith('__')))
print(_stat.S_ISDIR.__module__)
