# Subscripting an X | Y union substitutes its type variables; its hash
# is the one of typing.Union over the same arguments.
import typing
T = typing.TypeVar('T')
print(hash(int | str) == hash(typing.Union[int, str]), hash(int | str) == hash(str | int))
print((float | list[T])[int], (float | list[T])[int] == float | list[int])
print((T | int)[str], (T | int)[int], (list[T] | dict[str, T])[bytes])
try:
    (int | str)[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (T | int)[int, str]
except TypeError as e:
    print(type(e).__name__, e)
print((int | list[T]).__parameters__)
