def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True


print(f.__annotations__)


def g(x, y):
    pass


print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__['z'] = 1
print(g.__annotations__)
g.__annotations__ = {'new': 2}
print(g.__annotations__)
del g.__annotations__
print(g.__annotations__)
g.__annotations__ = None
print(g.__annotations__)
try:
    g.__annotations__ = [1]
except TypeError as e:
    print('TypeError:', e)


def posonly(a: 1, b: 2, /, c: 3, *, d: 4) -> 5:
    pass


print(posonly.__annotations__)


def order():
    log = []

    def note(v):
        log.append(v)
        return v

    def h(p: note('p') = note('default'), *, q: note('q') = note('kwdefault')) -> note('ret'):
        pass
    print(log, h.__annotations__)


order()


def deco(fn):
    print('decorating, annotations:', fn.__annotations__)
    return fn


@deco
def decorated(x: int) -> str:
    return str(x)


print(decorated(3))
print((lambda v: v).__annotations__)


def with_lambda(a=lambda x: x, b: int = 1, c: 'lambda' = lambda: 2) -> None:
    pass


print(sorted(with_lambda.__annotations__))


class K:
    def method(self, __private: int, other: 'K') -> 'K':
        return self


print(K.method.__annotations__)
print(K().method.__annotations__ is K.method.__annotations__)


def outer():
    T = list

    def inner(x: T) -> T:
        pass
    return inner


print(outer().__annotations__)
try:
    def bad(x: undefined_name):
        pass
except NameError as e:
    print('NameError:', e)
