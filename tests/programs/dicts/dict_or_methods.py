# dict.__or__, __ror__ and __ior__ are methods: NotImplemented for a
# non-dict operand, |= takes any mapping or iterable of pairs.
a = {0: 0, 1: 1, 2: 1}
b = {1: 1, 2: 2, 3: 3}
print(a.__or__(b), a.__ror__(b))
for bad in [None, (), "BAD", ""]:
    print(repr(bad), a.__or__(bad), a.__ror__(bad))
for arg in [None, (), "BAD", "", [(5, 6)], b]:
    c = a.copy()
    try:
        print(repr(arg), c.__ior__(arg) is c, c)
    except (TypeError, ValueError) as e:
        print(repr(arg), type(e).__name__, e)

class D(dict):
    def __or__(self, other):
        r = super().__or__(other)
        print('D.__or__', type(r).__name__)
        return r

print(D(x=1) | {'y': 2})
print(type({'y': 2} | D(x=1)).__name__)
print(dict.__or__(D(x=1), {'z': 3}))
