# __import__ and a replaced builtins.__import__
import builtins
m = __import__("basicpkg.tools")
print(m.__name__)
m = __import__("basicpkg.tools", fromlist=["double"])
print(m.__name__, m.double(2))
m = __import__("basicpkg", fromlist=["tools"])
print(m.tools.__name__)
seen = []
original = builtins.__import__
def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = tracing_import
import basicpkg.sub
from basicpkg import tools
builtins.__import__ = original
print([s for s in seen if not s[0].startswith('_')])
import sys
print(type(sys.modules["__main__"]).__name__, __name__)
