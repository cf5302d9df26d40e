print("two: start")
import circpkg.one
from circpkg import one
FROM_TWO = "two"
try:
    print(one.FROM_ONE)
except AttributeError as e:
    print("AttributeError:", e)
try:
    from circpkg.one import FROM_ONE
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print("two: end")
