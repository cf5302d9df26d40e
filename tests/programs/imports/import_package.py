# import, import as, dotted imports and what they bind
import basicpkg
print(basicpkg.VALUE, basicpkg.helper())
import basicpkg.tools
print(basicpkg.tools.double(21))
import basicpkg.sub.leaf
print(basicpkg.sub.leaf.LEAF)
import basicpkg.sub.leaf as leaf
print(leaf.LEAF, leaf is basicpkg.sub.leaf)
from basicpkg import tools as t, VALUE
print(t.double(VALUE))
from basicpkg.sub import leaf as leaf2
print(leaf2 is leaf)
import sys
print(sorted(k for k in sys.modules if k.startswith('basicpkg')))
print(basicpkg.__name__, basicpkg.__package__, basicpkg.__path__[0].endswith('basicpkg'))
print(basicpkg.tools.__package__, hasattr(basicpkg.tools, '__path__'))
print(basicpkg.__file__.endswith('basicpkg/__init__.py'), basicpkg.tools.__file__.endswith('tools.py'))
print(basicpkg.__spec__.name, basicpkg.__spec__.parent, basicpkg.tools.__spec__.parent)
print(basicpkg.tools.__spec__.origin == basicpkg.tools.__file__)
print(type(basicpkg).__name__, isinstance(basicpkg, type(sys)))
import basicpkg as again
print(again is basicpkg)
