z: int = 5
w: float
print(__annotations__, z, 'w' in globals())


class C:
    x: int = 1
    y: str
    __hidden: bool = True
    if True:
        nested: 'in if' = 2
    for i in range(1):
        loop: list
    try:
        tried: dict = {}
    except Exception:
        pass

    def m(self) -> None:
        local: int = 3
        unbound: str
        return local


print(C.__annotations__)
print(C.x, hasattr(C, 'y'), C._C__hidden, C.nested, C().m())


class Empty:
    pass


print('__annotations__' in Empty.__dict__)


class Obj:
    pass


o = Obj()
o.attr: int = 7
d = {}
d['key']: str = 'v'
(paren): int = 9
print(o.attr, d, paren, sorted(__annotations__))


def func():
    a: undefined_name = 1
    b: also_undefined
    return a


print(func())


def unbound():
    x: int
    try:
        return x
    except UnboundLocalError as e:
        return 'UnboundLocalError'


print(unbound())
log = []


def note(v):
    log.append(v)
    return v


class Order:
    attr: note('annotation') = note('value')


print(log)
ns = {"__name__": "nsmod"}
exec("a: int = 1\nb: str", ns)
print(ns['__annotations__'], ns['a'])
exec("class E:\n    q: 'Q'\n", ns)
print(ns['E'].__annotations__)
try:
    exec("t: undefined_here = 1", {})
except NameError as e:
    print('NameError:', e)


def counter():
    n = 0

    def bump():
        nonlocal n
        n = n + 1
        m: int = n
        return m
    return bump


print(counter()())
for src in ["def f():\n    global g\n    g: int = 1\n",
            "def f():\n    x = 1\n    def h():\n        nonlocal x\n        x: int\n",
            "(a, b): int", "[a]: int", "f(): int", "global q\nq: int = 1\nprint(q)"]:
    try:
        exec(src, {})
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
