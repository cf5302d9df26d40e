# In-place operators fall back to the binary operator.
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("add")
        return Acc(self.v + other)
    def __repr__(self):
        return "Acc(%d)" % self.v

class InPlace(Acc):
    def __iadd__(self, other):
        print("iadd")
        self.v += other
        return self

class Declines(Acc):
    def __iadd__(self, other):
        print("iadd declines")
        return NotImplemented

a = Acc(1)
a += 2
print(a)
b = InPlace(1)
before = b
b += 5
print(b, b is before)
c = Declines(3)
c += 1
print(c, type(c).__name__)
x = [1]
y = x
x += [2]
print(x, y, x is y)
t = (1,)
u = t
t += (2,)
print(t, u)
