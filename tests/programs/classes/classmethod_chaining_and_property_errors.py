# classmethod over a descriptor (property, staticmethod) asks the
# descriptor's __get__ with the class (3.11's chaining); property errors
# name the owner by its qualified name.
class A:
    """First"""

    @classmethod
    @property
    def p(cls):
        return 'p of ' + cls.__name__

    @classmethod
    @staticmethod
    def s(*args):
        return args

    x = classmethod(len)

    @classmethod
    @property
    def __doc__(cls):
        return 'A doc for %r' % cls.__name__


class B(A):
    pass


print(A.p, B.p, B().p, A.s(1), B().s(2, 3))
print(A.__dict__['p'].__get__(None, B), A.__doc__, B.__doc__)
try:
    print(A.x())
except TypeError as e:
    print('TypeError:', e)


class Outer:
    class cls:
        foo = property()
        bar = property(lambda self: 1)


for what in ('get', 'set', 'del'):
    for name in ('foo', 'bar'):
        obj = Outer.cls()
        try:
            if what == 'get':
                getattr(obj, name)
            elif what == 'set':
                setattr(obj, name, 1)
            else:
                delattr(obj, name)
            print(what, name, 'ok')
        except AttributeError as e:
            print(what, name, 'AttributeError:', e)

p = property()
for n in (0, 1, 2, 3):
    try:
        p.__set_name__(*([0] * n))
        print(n, 'ok')
    except TypeError as e:
        print(n, 'TypeError:', e)
