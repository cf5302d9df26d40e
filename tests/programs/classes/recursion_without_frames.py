# Recursion that runs through builtin code only (a callable instance as
# its own class's __call__, __repr__ = __str__) ends in RecursionError.
class A(object):
    pass
A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError", e)
class Foo:
    pass
Foo.__repr__ = Foo.__str__
try:
    str(Foo())
except RecursionError as e:
    print("RecursionError", e)
try:
    repr(Foo())
except RecursionError as e:
    print("RecursionError", e)
print("after")
