class A:
    """The A class."""

class B:
    x = 1

print(A.__doc__)
print(B.__doc__)
print(A().__doc__)
