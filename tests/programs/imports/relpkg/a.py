A_NAME = "a"
from . import b
print("relpkg.a sees b:", b.B_NAME, __package__)
