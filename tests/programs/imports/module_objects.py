# module objects: attributes, __dict__, repr, the module type
import sys, basicpkg
M = type(sys)
m = M("made", "a doc")
print(m.__name__, m.__doc__, repr(m))
m.x = 5
print(m.x, sorted(m.__dict__))
del m.x
try:
    m.x
except AttributeError as e:
    print(e)
try:
    del m.x
except AttributeError as e:
    print(e)
print(repr(sys), repr(basicpkg).startswith("<module 'basicpkg' from '"))
m2 = M("nodoc")
print(m2.__doc__, m2.__spec__, m2.__package__, m2.__loader__)
print(M.__name__, M.__module__ if hasattr(M, '__module__') else '')
try:
    M(1)
except TypeError as e:
    print(e)
print(basicpkg.__dict__ is vars(basicpkg))
