class V:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x

print(V(1) == V(1), V(1) != V(2), V.__hash__)
try:
    hash(V(1))
except TypeError as e:
    print(e)
