# Truth: __bool__ first, then __len__, else true.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool")
        return self.v

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len")
        return self.n

class Both(L):
    def __bool__(self):
        return True

class Neither:
    pass

print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both(0)))
print(bool(Neither()))
if L(2):
    print("L(2) is true")
print(not L(0))
x = L(0) or "fallback"
print(x)
try:
    bool(B(1))
except TypeError as e:
    print("TypeError:", e)
