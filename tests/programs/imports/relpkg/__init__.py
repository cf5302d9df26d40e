from . import a
from .a import A_NAME
from .inner import deep
from .inner.deep import DEEP
print("relpkg:", A_NAME, DEEP, deep.__name__)
