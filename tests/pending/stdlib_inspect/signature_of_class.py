# inspect.signature of a class without __init__/__new__ needs the
# __text_signature__ of object.__init__ (fastpy: "no signature found for
# builtin <class 'object'>").
import inspect
class Shape:
    pass
class P:
    def __init__(self, x, y=0): pass
print(inspect.signature(Shape), inspect.signature(P))
