import types
class A:
    x = 5
def f(self, y): return self.x + y
a = A()
m = types.MethodType(f, a)
print(m(1), m.__self__ is a, m.__func__ is f)
print(type(m).__name__)
try:
    types.MethodType(1, a)
except TypeError as e:
    print(e)
print(types.MethodType(len, [1,2])())
