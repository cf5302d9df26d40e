# __init__ without a named first parameter: the instance arrives in *args.
calls = []


def tracked(f):
    def track(*args, **kwargs):
        calls.append((f.__name__, len(args), sorted(kwargs)))
        return f(*args, **kwargs)
    return track


class A:
    @tracked
    def __init__(self, *rest, **kw):
        self.rest = rest
        self.kw = kw


a = A()
b = A(1, 2)
c = A(3, key=4)
print(a.rest, a.kw, b.rest, c.rest, c.kw)
print(calls)


class B:
    def __init__(*args):
        print(type(args).__name__, len(args), type(args[0]).__name__, args[1:])


B()
B(5, 6)


class C:
    def __init__(*args, **kwargs):
        args[0].n = len(args) + len(kwargs)


print(C(1, 2, x=3).n)


class D:
    def __init__():
        pass


try:
    D()
except TypeError as e:
    print(e)
