# Subclasses of array.array
from array import array


class MyArray(array):
    def total(self):
        return sum(self)


class WithInit(array):
    def __new__(cls, tc, *args, label='x'):
        self = super().__new__(cls, tc, *args)
        self.label = label
        return self

    def __init__(self, tc, *args, label='x'):
        self.seen = len(self)


m = MyArray('i', [1, 2, 3])
print(m, type(m).__name__, m.total(), isinstance(m, array), len(m))
m.append(4)
m.extra = 'attr'
print(m, m.extra, m[1:], type(m[1:]).__name__, type(m + m).__name__)
print(type(m * 2).__name__, type(m.__copy__()).__name__)
print(m == array('i', [1, 2, 3, 4]), list(reversed(m)))
w = WithInit('d', [1.0], label='hi')
print(w, w.label, w.seen)
try:
    array('i', [], label='x')
except TypeError as e:
    print(e)
try:
    hash(m)
except TypeError as e:
    print(e)


class Sized(array):
    def __len__(self):
        return 99


print(len(Sized('b', [1])), repr(Sized('b', [1])))
print(MyArray.__mro__)
print(issubclass(MyArray, array), array.__base__)
