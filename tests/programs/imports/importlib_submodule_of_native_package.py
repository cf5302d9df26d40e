# importlib's own import machinery (import_module, as test.support's
# import_fresh_module uses) importing a submodule of a package the import
# statement loaded: the package's spec is importlib's ModuleSpec shape.
import importlib
import sys
import html

del sys.modules['html.entities']
m = importlib.import_module('html.entities')
print(m.__name__, m is sys.modules['html.entities'])
print(html.__spec__._uninitialized_submodules)
print(m.name2codepoint['amp'])
