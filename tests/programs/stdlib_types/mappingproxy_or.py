# mappingproxy | mapping works on the mapping underneath; |= is refused.
import types
mp = types.MappingProxyType({'k': 1})
print(mp | {'z': 3}, {'a': 0} | mp, mp | mp)
try:
    mp |= {'q': 1}
except TypeError as e:
    print(e)
try:
    mp | 3
except TypeError as e:
    print(e)
print(type(mp | {}).__name__, mp.__ror__({'b': 2}))
