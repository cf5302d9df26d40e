# A right operand whose type subclasses the left's and overrides the
# reflected method is tried first.
class A:
    def __add__(self, other):
        return "A.__add__"
    def __radd__(self, other):
        return "A.__radd__"

class B(A):
    def __radd__(self, other):
        return "B.__radd__"

class C(A):
    pass

print(A() + A())
print(A() + B())
print(B() + A())
print(A() + C())
print(1 + A())
