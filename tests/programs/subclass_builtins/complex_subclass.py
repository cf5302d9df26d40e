# Subclasses of complex.
class Z(complex):
    pass

z = Z(1, 2)
z.name = 'z'
print(repr(z), str(z), z.name, z.__dict__, type(z).__name__, isinstance(z, complex))
print(z + 1, type(z + 1).__name__, z * z, -z, abs(Z(3, 4)), z.real, z.imag,
      z.conjugate(), type(z.conjugate()).__name__)
print(z == complex(1, 2), hash(z) == hash(1 + 2j), complex(z),
      type(complex(z)).__name__)
print(Z(), Z(2), Z('1+3j'), Z(1.5, -2))

class Vector2(complex):
    def __init__(self, x, y):
        self.label = f'({x}, {y})'

    def __repr__(self):
        return 'Vector2' + self.label

    def __add__(self, other):
        r = complex.__add__(self, other)
        return Vector2(r.real, r.imag)

v = Vector2(1, 2) + Vector2(3, 4)
print(v, v.label, type(v).__name__)
