from .. import b
from ..a import A_NAME
DEEP = "deep:" + b.B_NAME + A_NAME
print("deep package:", __package__, __spec__.parent)
