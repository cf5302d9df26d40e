class Real:
    def hello(self):
        return 'hello from Real'


class Alias:
    def __init__(self, target):
        self.target = target

    def __mro_entries__(self, bases):
        print('mro_entries', len(bases), bases[0] is self)
        return (self.target,)


class C(Alias(Real)):
    pass


print(C.__bases__ == (Real,), C().hello())
print(type(C.__orig_bases__).__name__, len(C.__orig_bases__))
print(isinstance(C.__orig_bases__[0], Alias))
print('__orig_bases__' in Real.__dict__)


class Two:
    def __mro_entries__(self, bases):
        return (int, Real)


class D(Two()):
    pass


print([k.__name__ for k in D.__mro__], D(5) + 1)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class E(Empty()):
    pass


print(E.__bases__ == (object,), E.__orig_bases__[0].__class__.__name__)


class Wrong:
    def __mro_entries__(self, bases):
        return [Real]


try:
    class F(Wrong()):
        pass
except TypeError as e:
    print('TypeError:', e)


class G(Real):
    pass


print('__orig_bases__' in G.__dict__)
print(type('T', (Real,), {}).__bases__[0].__name__)
