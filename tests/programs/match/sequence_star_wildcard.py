# With `*_` items are fetched by index (negative positions use len),
# without it the subject is unpacked by iteration: the calls differ.
class Logged(list):
    def __len__(self):
        print("  len")
        return list.__len__(self)

    def __getitem__(self, i):
        print("  getitem", i)
        return list.__getitem__(self, i)

    def __iter__(self):
        print("  iter")
        return list.__iter__(self)

s = Logged([1, 2, 3, 4])
print("first, *_, last")
match s:
    case [a, *_, b]:
        print(a, b)
print("first, *rest")
match s:
    case [a, *rest]:
        print(a, rest)
print("exact length")
match s:
    case [a, b, c, d]:
        print(a, b, c, d)
print("only wildcards")
match s:
    case [_, _, *_]:
        print("at least two")
