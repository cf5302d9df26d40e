# Rich comparisons: reflection, NotImplemented, default identity ==.
class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("P.__lt__")
        if not isinstance(other, P):
            return NotImplemented
        return self.v < other.v
    def __eq__(self, other):
        print("P.__eq__")
        if not isinstance(other, P):
            return NotImplemented
        return self.v == other.v

a, b = P(1), P(2)
print(a < b)
print(a > b)      # reflected: b.__lt__(a)
print(a == P(1))
print(a != P(1))  # default __ne__ inverts __eq__
print(a == 3)     # both decline: identity
print(a != 3)
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
x = Plain()
print(x == x, x == Plain(), x != x)
try:
    Plain() <= Plain()
except TypeError as e:
    print("TypeError:", e)
