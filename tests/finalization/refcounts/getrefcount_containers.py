import sys

x = []
print(sys.getrefcount(x))
d = {"k": x}
print(sys.getrefcount(x))
t = (x,)
print(sys.getrefcount(x))
d.clear()
t = None
print(sys.getrefcount(x))
