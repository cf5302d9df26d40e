# The right operand's reflected method runs first when it is a subclass.
class Base:
    def __eq__(self, other):
        return "Base.__eq__"
    def __lt__(self, other):
        return "Base.__lt__"
    def __gt__(self, other):
        return "Base.__gt__"

class Derived(Base):
    def __eq__(self, other):
        return "Derived.__eq__"
    def __gt__(self, other):
        return "Derived.__gt__"

print(Base() == Derived())
print(Base() < Derived())
print(Derived() < Base())
print(Base() == Base())
