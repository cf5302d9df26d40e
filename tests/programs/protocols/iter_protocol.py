# for loops over __iter__/__next__ and the __getitem__ fallback.
class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

for x in Count(3):
    print(x)
print(list(Count(4)))
print(sum(Count(10)))

class Squares:
    def __getitem__(self, i):
        if i > 5:
            raise IndexError
        return i * i

print(list(Squares()))
for s in Squares():
    print(s, end=' ')
print()

class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)

class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in object():
        pass
except TypeError as e:
    print("TypeError:", e)
a, b, c = Count(3)
print(a, b, c)
