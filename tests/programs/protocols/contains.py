# `in`: __contains__, else iteration (__iter__ or __getitem__).
class C:
    def __contains__(self, item):
        print("contains", item)
        return item == 3

class It:
    def __iter__(self):
        return iter([1, 2, 3])

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10

print(3 in C(), 4 in C(), 4 not in C())
print(2 in It(), 5 in It())
print(20 in Seq(), 25 in Seq())
try:
    1 in object()
except TypeError as e:
    print("TypeError:", e)

class Truthy:
    def __contains__(self, item):
        return [1]
print(1 in Truthy())
