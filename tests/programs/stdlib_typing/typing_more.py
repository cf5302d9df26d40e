import typing
from typing import TypeVar, Generic, Protocol, NewType, Annotated, get_type_hints, ParamSpec, Concatenate, Self, NoReturn, Never, assert_never, TypeAlias, LiteralString
UserId = NewType('UserId', int)
u = UserId(5)
print(u, type(u).__name__, UserId.__name__, UserId)
Meters = Annotated[float, 'unit']
def dist(x: Meters) -> Meters: return x
print(get_type_hints(dist), get_type_hints(dist, include_extras=True))
print(typing.get_args(Meters), Meters.__metadata__)
T = TypeVar('T')
S = TypeVar('S', int, str)
class Pair(Generic[T, S]):
    def __init__(self, a: T, b: S): self.a, self.b = a, b
print(Pair[int, str].__args__, Pair.__parameters__, S.__constraints__, T.__covariant__)
class Node(Generic[T]):
    def __init__(self, v: T, nxt: 'Node[T] | None' = None): self.v, self.nxt = v, nxt
print(typing.get_type_hints(Node.__init__))
P = ParamSpec('P')
print(P, P.args, P.kwargs)
class HasName(Protocol):
    name: str
class Impl:
    name = 'x'
def who(x: HasName) -> str: return x.name
print(who(Impl()))
@typing.final
class Leaf:
    pass
print(getattr(Leaf, '__final__', None))
class Shape:
    def set_scale(self, s: float) -> Self:
        self.s = s; return self
print(type(Shape().set_scale(2.0)).__name__)
try:
    typing.List[int]()
except TypeError as e:
    print('TypeError', e)
print(typing.Optional[typing.List[int]].__args__)
print(repr(typing.Union[int, typing.Union[str, int]]), typing.Union[int] is int)
try:
    TypeVar('X', int)
except TypeError as e:
    print('TypeError', e)
@typing.no_type_check
def nt(a: 'nonsense') -> 1: pass
print(typing.get_type_hints(nt))
class C:
    x: int
    y: 'str'
    z: typing.ClassVar[int] = 3
print(get_type_hints(C))
print(typing.is_typeddict(dict), isinstance(3, typing.SupportsInt), isinstance('3', typing.SupportsInt), isinstance(3.0, typing.SupportsIndex))
def deco(f: typing.Callable[P, T]) -> typing.Callable[P, list[T]]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> list[T]:
        return [f(*args, **kwargs)]
    return inner
@deco
def add(a: int, b: int) -> int: return a + b
print(add(1, 2))
print(typing.reveal_type(5))
