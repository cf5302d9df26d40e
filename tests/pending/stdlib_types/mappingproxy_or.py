# mappingproxy has no | operator yet (CPython: PyNumber_Or on the mapping).
import types
mp = types.MappingProxyType({'k': 1})
print(mp | {'z': 3}, {'a': 0} | mp)
