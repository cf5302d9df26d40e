# inspect.signature of a class without __init__/__new__ (object.__text_signature__).
import inspect
class Shape:
    pass
class P:
    def __init__(self, x, y=0): pass
print(inspect.signature(Shape), inspect.signature(P))
