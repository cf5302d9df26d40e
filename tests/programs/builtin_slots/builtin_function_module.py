# __module__ of builtin functions: the module's name for module-level
# functions, None for static and class methods of builtin types.
import itertools
print(repr(len.__module__), repr(itertools.chain.__module__))
print(repr(str.maketrans.__module__), repr(dict.__new__.__module__))
for obj in [str.maketrans, dict.__new__, int.__new__]:
    print(hasattr(obj, '__module__'))
