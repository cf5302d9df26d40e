# CPython 3.11 raises an assert's AssertionError at its comparison.
def check(x):
    assert x > 0 and x < 10, "out of range"


check(5)
check(50)
