# t * 1 is t for a tuple; a repeat beyond memory is MemoryError for
# lists and tuples, also in place; __itemsize__ of the builtin types.
for m in range(3):
    s = tuple(range(m))
    print(s * 1 is s, s * 2, s * 0, s * -1)
    print(list(s) * 1 is list(s), list(s) * 2)

class T(tuple):
    pass
t = T((1, 2))
print(type(t * 1).__name__, t * 1 is t)

size = (2 ** (tuple.__itemsize__ * 8) - 1) // 2
lst = [0] * 65
del lst[1:]
print(len(lst), size)
for f in [lambda: lst * size, lambda: (0,) * size, lambda: [1, 2] * (size // 2 + 1)]:
    try:
        f()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)
try:
    lst *= size
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, lst)
print(tuple.__itemsize__, int.__itemsize__, bool.__itemsize__,
      bytes.__itemsize__, list.__itemsize__, object.__itemsize__,
      T.__itemsize__, type.__itemsize__, str.__itemsize__)
