# A generator's __name__ and __qualname__ are the same object on every
# read, and the very str assigned to them.
def gen_func():
    yield 1


g = gen_func()
print(g.__name__ is g.__name__, g.__qualname__ is g.__qualname__)
print(g.__name__, g.__qualname__)
s = ''.join(['re', 'named'])
g.__name__ = s
print(g.__name__ is s, g.__name__)
g.__qualname__ = s
print(g.__qualname__ is s, g.__qualname__)
try:
    g.__name__ = 3
except TypeError as e:
    print(type(e).__name__, e)


class S(str):
    pass


g.__name__ = S('sub')
print(g.__name__, g.__name__ == 'sub')
print(repr(gen_func())[:30])
