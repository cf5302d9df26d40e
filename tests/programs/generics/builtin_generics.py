# PEP 585 and 604 without typing: list[int], dict[str, list[int]], int | None
g = list[int]
print(type(g).__name__, type(g).__module__, g.__origin__, g.__args__, g.__parameters__)
print(repr(dict[str, list[int]]), tuple[int, ...], tuple[()], type[int])
print(g == list[int], g != list[str], hash(g) == hash(list[int]))
print(g(), g("ab"), g.__mro_entries__(()))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    list[int][str]
except TypeError as e:
    print(e)
class C(list[int]):
    pass
print(C.__bases__, C.__orig_bases__, C([1]).__class__.__name__)
u = int | str | None
print(u, type(u).__name__, u.__args__, int | int, (int | str) == (str | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print(list[int] | None, None | int, int | list[int], (int | str) | float)
try:
    int | 3
except TypeError as e:
    print(e)
def f(x: int | None = None) -> list[str]:
    return [str(x)]
print(f.__annotations__)
