import sys


class A:
    pass


a = A()
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
lst = [a, a]
print(sys.getrefcount(a))
del lst
del b
print(sys.getrefcount(a))
