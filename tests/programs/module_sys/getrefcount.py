import sys
x = object()
print(sys.getrefcount(x))
y = [x, x]
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
def f():
    a = []
    b = a
    return sys.getrefcount(a)
print(f())
def g(arg):
    return sys.getrefcount(arg)
print(g([]))
