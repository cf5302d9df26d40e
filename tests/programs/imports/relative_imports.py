# relative imports at one and two levels, from packages and modules
import relpkg
print(relpkg.a.b.B_NAME, relpkg.inner.deep.DEEP)
try:
    from . import relpkg as again
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("from .. import x", {"__name__": "relpkg.a", "__package__": "relpkg"})
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("from ... import x", {"__name__": "relpkg.a", "__package__": "relpkg.inner"})
except ImportError as e:
    print(type(e).__name__, e)
ns = {"__name__": "relpkg.inner.deep", "__package__": "relpkg.inner"}
exec("from ..b import B_NAME", ns)
print(ns["B_NAME"])
ns = {"__name__": "relpkg.inner.deep", "__spec__": None, "__package__": None}
exec("from .. import a", ns)
print(ns["a"].__name__)
