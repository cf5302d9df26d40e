"""Functions and classes whose source the inspect programs read."""


def greet(name: str, greeting: str = 'Hello', *args, punct='!', **kw) -> str:
    """Greet someone."""
    return f'{greeting}, {name}{punct}'


class Shape:
    """A shape."""
    sides = 0

    def area(self):
        return 0

    @property
    def name(self):
        return 'shape'

    @staticmethod
    def make():
        return Shape()

    @classmethod
    def build(cls):
        return cls()


class Sq(Shape):
    sides = 4
