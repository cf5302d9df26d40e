import sys

def gen():
    try:
        raise ValueError('inside')
    except ValueError:
        yield 1
        print('resumed, handling', sys.exception())
    yield 2

g = gen()
print(next(g))
print(sys.exception())
print(next(g))
