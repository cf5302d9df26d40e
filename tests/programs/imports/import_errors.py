# failed imports: messages, exception attributes, retry after a failure
import sys
for stmt in ["import no_such_module_xyz",
             "import errpkg.no_such",
             "from errpkg import no_such_name",
             "import sys.path",
             "from sys import no_such_attr"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, "|", str(e).replace(sys.path[0], "<dir>"), "|", e.name)
try:
    import errpkg.raises
except ValueError as e:
    print("ValueError:", e, "errpkg.raises" in sys.modules)
try:
    import errpkg.raises
except ValueError as e:
    print("again:", e)
import errpkg.getattr_mod as g
print(g.dynamic)
try:
    g.missing
except AttributeError as e:
    print(e)
import errpkg.replaces
print(errpkg.replaces.answer, type(sys.modules["errpkg.replaces"]).__name__)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__("x", level=-1)
except ValueError as e:
    print("ValueError:", e)
