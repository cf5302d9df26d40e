print(str(), str(1), str(1.5), str([1, "a"]), str(None), str(b"x"), str(str))
print(list(), list("ab"), list(range(3)), list({1: 2}), list((1,)))
print(tuple(), dict(), set(), frozenset(), bool(), int(), float(), complex(), bytes(), bytearray())
print(type(1).__name__, type(1j).__name__, type(set()).__name__, type(b"").__name__, type(range(1)).__name__, type(slice(1)).__name__)
print(isinstance(1, (str, int)), isinstance({1}, set), isinstance(frozenset(), (set, frozenset)), issubclass(bool, int))
try:
    list(1)
except TypeError as e:
    print(e)
try:
    set(1, 2)
except TypeError as e:
    print(e)
try:
    set(a=1)
except TypeError as e:
    print(e)
