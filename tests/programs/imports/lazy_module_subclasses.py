# Lazily loaded modules: importlib.util.LazyLoader (which assigns the
# module's __class__) and a six-style module subclass with lazy descriptors.
import importlib.util, sys, types
def lazy_import(name):
    spec = importlib.util.find_spec(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
textwrap = lazy_import('textwrap')
print(type(textwrap).__name__)
print(textwrap.shorten('hello world this is long', 12))
print(type(textwrap).__name__)
# six-style lazy module
class _LazyDescr:
    def __init__(self, name): self.name = name
    def __get__(self, obj, tp):
        result = self._resolve()
        setattr(obj, self.name, result)
        try:
            delattr(obj.__class__, self.name)
        except AttributeError:
            pass
        return result
class MovedModule(_LazyDescr):
    def __init__(self, name, old, new):
        super().__init__(name); self.mod = new
    def _resolve(self): return __import__(self.mod)
class _LazyModule(types.ModuleType):
    def __init__(self, name):
        super().__init__(name)
        self.__doc__ = self.__class__.__doc__
    def __dir__(self):
        attrs = ["__doc__", "__name__"]
        attrs += [attr.name for attr in self._moved_attributes]
        return attrs
    _moved_attributes = []
class _MovedItems(_LazyModule):
    """Lazy loading of moved objects"""
    __path__ = []
for attr in [MovedModule("builtins", "__builtin__", "builtins"), MovedModule("json_mod", "x", "json")]:
    setattr(_MovedItems, attr.name, attr)
    _MovedItems._moved_attributes.append(attr)
moves = _MovedItems(__name__ + ".moves")
print(moves.__doc__, moves.__name__, sorted(dir(moves)))
print(moves.builtins.len([1,2]), moves.json_mod.dumps([1]))
print('builtins' in vars(moves), repr(moves))
sys.modules[__name__ + ".moves"] = moves
from __main__.moves import builtins as b2
print(b2 is moves.builtins)
