# module.__new__ makes an uninitialized module (empty dict); __init__
# fills in its name and the standard entries.
import sys
M = type(sys)
m = M.__new__(M)
print(str(m), hasattr(m, '__name__'), hasattr(m, '__file__'), hasattr(m, 'foo'))
print(m.__dict__)
m.foo = 1
print(m.__dict__)
M.__init__(m, 'abc', 'doc')
print(sorted(m.__dict__.items(), key=lambda kv: kv[0]), m)
m2 = M.__new__(M, 1, 2, x=3)
print(m2.__dict__)
try:
    M.__init__(m2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    M(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    M.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
print(M('x', 'd').__dict__)
