# Anchors of binary operations: parentheses, two-character operators
# and spaces around them.
def a(x):
    return (x) // ("2")


def b(x):
    return x  **  "2"


def c(x):
    return [x][0] + [x][0] * "a" * {}


for f in [a, b]:
    try:
        f(3)
    except TypeError as e:
        print(type(e).__name__)
c(1)
