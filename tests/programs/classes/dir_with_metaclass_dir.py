# dir() of a class asks its metaclass's __dir__ when the metaclass
# defines one (enum.EnumType does), else lists the class and its bases.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2

    def shade(self):
        return 'dark'


print(dir(Color))


class Meta(type):
    def __dir__(cls):
        return ['b', 'a', 'zz']


class C(metaclass=Meta):
    x = 1


print(dir(C), 'x' in dir(type('D', (C,), {})))


class P:
    y = 2


print([n for n in dir(P) if not n.startswith('__')])
print([n for n in dir(type('Q', (P,), {'z': 3})) if not n.startswith('__')])
