# The types of builtin methods: method_descriptor, wrapper_descriptor,
# method-wrapper, builtin_function_or_method, and what they offer.
print(type(object.__init__), type(object().__str__), type(str.join), type([].append))
print(type(int.__lt__), type((42).__lt__), type(object.__init__.__get__))
print(object.__init__, str.join, list.append)
print(repr(object().__str__)[:35])
print(type(str.maketrans), type(dict.fromkeys), type(int.__new__), type(len))
print(str.join.__get__('-', str)(['a', 'b']), str.join.__get__(None, str) is str.join)
try:
    str.join.__get__(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.join.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)
print(str.join.__objclass__, object().__str__.__objclass__, (5).__add__.__self__)
print(str.join.__name__, str.join.__qualname__, object().__str__.__qualname__)
print(object.__init__.__get__.__text_signature__, str.join.__text_signature__)
print(str.join.__call__('+', ['x', 'y']), (3).__add__.__call__(4))
print(str.join.__reduce__(), (3).__add__.__reduce__())
print(callable(str.join), callable(object().__str__))
print(isinstance(str.join, type(len)), isinstance(''.join, type(len)))
class A:
    pass
print(type(A.__init__), type(A().__init__), type(A.__repr__))
print(type(type.__call__), type(len.__call__))
for t in (type(str.join), type(object.__init__), type(object().__str__)):
    try:
        class X(t):
            pass
    except TypeError as e:
        print(type(e).__name__, e)
