# Captured names follow the normal scope rules: fast locals, cells of
# closures, class namespaces, and globals.
def make(x):
    match x:
        case [a, b]:
            return lambda: a * b
    return None

print(make([6, 7])())

class C:
    match [1, 2]:
        case [first, second]:
            total = first + second
print(C.first, C.second, C.total)

def set_global(v):
    global g
    match v:
        case int(g):
            pass

set_global(10)
print(g)

def outer():
    n = 0
    def inner(v):
        nonlocal n
        match v:
            case {"n": n}:
                pass
    inner({"n": 5})
    return n
print(outer())
