from dataclasses import MISSING, dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass, make_dataclass, InitVar, KW_ONLY
from typing import List
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    _secret: int = field(default=0, repr=False, compare=False)
i = Item('pen', 1.5)
print(i, i == Item('pen', 1.5), i == Item('pen', 1.5, _secret=3), i != Item('pen'))
i.tags.append('office'); print(Item('x').tags, i.tags)
print([(f.name, f.type, f.default is MISSING) for f in fields(Item)][:2], asdict(i), astuple(i), replace(i, price=2))
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    def bump(self): return replace(self, minor=self.minor + 1)
v = Version(1, 2)
print(v, sorted([Version(2), Version(1, 5), v]), v < Version(1, 3), hash(v) == hash(Version(1, 2)), v.bump())
try:
    v.major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
@dataclass
class Inv:
    items: List[Item] = field(default_factory=list)
    def total(self): return sum(x.price for x in self.items)
inv = Inv([Item('a', 1), Item('b', 2.5)])
print(inv.total(), asdict(inv))
@dataclass
class P:
    x: int
    y: int = 0
    def __post_init__(self):
        self.dist = abs(self.x) + abs(self.y)
print(P(3, -4).dist, P(1), is_dataclass(P), is_dataclass(P(1)), is_dataclass(int))
@dataclass
class Child(P):
    z: int = 5
print(Child(1, 2), [f.name for f in fields(Child)])
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale): self.a *= scale
print(WithInit(3, 10), [f.name for f in fields(WithInit)])
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
print(KW(1, b=3))
@dataclass(kw_only=True, slots=True)
class S:
    a: int
    b: str = 'x'
print(S(a=1), S.__slots__)
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print('ValueError', e)
try:
    Item()
except TypeError as e:
    print('TypeError', e)
D = make_dataclass('D', [('x', int), ('y', int, field(default=2))], namespace={'s': lambda self: self.x + self.y})
print(D(1), D(1).s())
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), repr(NoEq(1)))
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash(H(1)), Item.__match_args__)
match Version(3, 1):
    case Version(3, minor):
        print('matched minor', minor)
