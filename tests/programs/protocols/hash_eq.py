# Defining __eq__ without __hash__ makes instances unhashable.
class OnlyEq:
    def __eq__(self, other):
        return True

class EqAndHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, EqAndHash) and self.k == other.k
    def __hash__(self):
        return hash(self.k)

class Plain:
    pass

print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError:", e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print("TypeError:", e)
d = {EqAndHash(1): "one", EqAndHash(2): "two"}
print(d[EqAndHash(1)], d[EqAndHash(2)])
print(EqAndHash(3) in d, EqAndHash(1) in d)
p = Plain()
print(hash(p) == hash(p))
s = {p: 1}
print(s[p])

class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))

class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))

class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
