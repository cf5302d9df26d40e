# Reflected operators: __radd__ runs when the left operand declines.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Num):
            return Num(self.v + other.v)
        if isinstance(other, int):
            return Num(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd with", other)
        return Num(other + self.v)
    def __repr__(self):
        return "Num(%r)" % self.v

print(Num(1) + Num(2))
print(Num(1) + 5)
print(5 + Num(1))
print(sum([Num(1), Num(2), Num(3)]))
try:
    Num(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Num(1)
except TypeError as e:
    print("TypeError:", e)
