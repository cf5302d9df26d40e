class A:
    x = 1
a = A()
print(getattr(a, "x"), getattr(a, "y", "default"), hasattr(a, "x"), hasattr(a, "y"))
setattr(a, "y", 5)
print(a.y, getattr(a, "y"))
delattr(a, "y")
print(hasattr(a, "y"))
try:
    getattr(a, "nope")
except AttributeError as e:
    print(e)
try:
    getattr(a, 5)
except TypeError as e:
    print(e)
try:
    delattr(a, "nope")
except AttributeError as e:
    print("AttributeError")
print(getattr([], "append") is not None, hasattr(1, "real"), getattr(1, "imag"))
