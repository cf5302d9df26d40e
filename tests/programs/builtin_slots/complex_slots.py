for name in ['__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__', '__truediv__',
             '__rtruediv__', '__pow__', '__rpow__', '__neg__', '__pos__', '__abs__', '__bool__',
             '__eq__', '__ne__', '__hash__', '__repr__', '__lt__', '__floordiv__', '__mod__']:
    print(name, hasattr(complex, name))
z = 1 + 2j
print(complex.__add__(z, 1), complex.__radd__(z, 1.5), complex.__sub__(z, 1j))
print(complex.__rsub__(z, 1), complex.__mul__(z, z), complex.__truediv__(z, 2))
print(complex.__pow__(z, 2), complex.__neg__(z), complex.__abs__(3 + 4j))
print(complex.__add__(z, 'a'), complex.__eq__(z, 1 + 2j), complex.__eq__(1 + 0j, 1))
print(complex.__lt__(z, z), complex.__ne__(z, 'x'), complex.__bool__(0j))
print(complex.__repr__(z), complex.__hash__(1 + 0j) == hash(1))
print(sorted(n for n in dir(complex) if n.startswith('__r') and n != '__repr__' and n != '__reduce__' and n != '__reduce_ex__'))
