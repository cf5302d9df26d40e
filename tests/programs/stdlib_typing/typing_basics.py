from typing import (NamedTuple, TypedDict, Generic, TypeVar, Protocol, runtime_checkable,
                    get_type_hints, overload, Optional, Union, List, Dict, Callable, Any,
                    get_origin, get_args, Literal, Final, ClassVar, cast, Tuple, Iterator)
import typing
class Employee(NamedTuple):
    name: str
    id: int = 3
    def label(self) -> str:
        return f'{self.name}#{self.id}'
e = Employee('guido')
print(e, e.label(), Employee._fields, Employee._field_defaults, Employee.__annotations__)
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {'title': 'Blade Runner', 'year': 1982}
print(m, Movie.__total__, sorted(Movie.__optional_keys__), sorted(Movie.__annotations__))
class Req(TypedDict):
    a: int
print(sorted(Req.__required_keys__), Req(a=1))
T = TypeVar('T')
K = TypeVar('K', bound=str)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2); print(s.pop(), Stack[int], Stack.__parameters__, T, K.__bound__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
class G:
    pass
print(isinstance(F(), Closable), isinstance(G(), Closable), isinstance(open, Closable))
class SupportsLen(Protocol):
    def __len__(self) -> int: ...
try:
    isinstance([], SupportsLen)
except TypeError as ex:
    print('TypeError', ex)
def f(a: int, b: 'Optional[str]' = None) -> List[int]:
    return [a]
print(get_type_hints(f))
print(get_type_hints(Employee), get_type_hints(Movie))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x * 2
print(g(2), g('a'), len(typing.get_overloads(g)))
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], List[int], Dict[str, List[int]])
print(Callable[[int, str], bool], Callable[..., Any], Tuple[int, ...], Literal['a', 1])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str]))
print(get_origin(list[int]), get_args(int | str), cast(int, 'x'), Final[int], ClassVar[int])
print(typing.TYPE_CHECKING, typing.Iterator[int], Any)
def gen() -> Iterator[int]:
    yield 1
print(gen.__annotations__)
