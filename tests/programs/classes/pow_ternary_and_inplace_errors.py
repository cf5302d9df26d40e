x=None
try:
    x += 1
except TypeError as e: print(e)
try:
    x **= 1
except TypeError as e: print(e)
class A: pass
y = A()
try:
    y **= 1
except TypeError as e: print(e)
try:
    y -= 1
except TypeError as e: print(e)
try:
    y @= 1
except TypeError as e: print(e)
try:
    x = pow(None, 2)
except TypeError as e: print(e)
try:
    x = pow(None, 2, 3)
except TypeError as e: print(e)
try:
    x = pow(y, 2, 3)
except TypeError as e: print(e)
class I(int):
    def __repr__(self):
        return "I(%r)" % int(self)
    def __pow__(self, other, mod=None):
        if mod is None:
            return I(pow(int(self), int(other)))
        else:
            return I(pow(int(self), int(other), int(mod)))
    def __rpow__(self, other, mod=None):
        return 'rpow'
class J(int): pass
print(repr(pow(I(2), I(3), I(5))), pow(J(2), 3, 5), repr(pow(2, I(3), 5)) if 0 else '')
for args in [(2.0, 2, 3), (2, 2.0, 3), (2, 2, 3.0), (1j, 2, 3), (2, 3, 'x'), ('x', 2, 3), (2, 3j, 4), (A(), 2, 3), (2, I(3), 5)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
