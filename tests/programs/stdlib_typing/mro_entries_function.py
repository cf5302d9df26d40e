def NT(): pass
def mro(bases):
    print('mro called', [b.__name__ for b in bases])
    return (object,)
NT.__mro_entries__ = mro
class E(NT):
    pass
print(E.__mro__)
import typing
class Emp(typing.NamedTuple):
    name: str
    id: int = 3
print(Emp('x'), Emp.__mro__[1].__name__, Emp.__orig_bases__[0] is typing.NamedTuple)
