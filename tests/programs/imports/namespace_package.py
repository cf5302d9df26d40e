# a directory without __init__.py is a namespace package
import ns_modules.nspart.mod
print(ns_modules.nspart.mod.WHERE)
import ns_modules
print(ns_modules.__file__ if hasattr(ns_modules, '__file__') else 'no __file__')
print(ns_modules.__spec__.origin, type(ns_modules.__path__).__name__ in ('list', '_NamespacePath'))
print(list(ns_modules.__path__)[0].endswith('ns_modules'))
