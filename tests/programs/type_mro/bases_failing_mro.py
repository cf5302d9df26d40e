# A failing mro() during a __bases__ assignment: everything is rolled
# back, the MROs of the subclasses already updated included.
def names(seq):
    return [k.__name__ for k in seq]

class WorkOnce(type):
    def __new__(self, name, bases, ns):
        self.flag = 0
        return super(WorkOnce, self).__new__(WorkOnce, name, bases, ns)
    def mro(self):
        print('  WorkOnce.mro', self.__name__, self.flag)
        if self.flag > 0:
            raise RuntimeError("bozo")
        else:
            self.flag += 1
            return type.mro(self)

class WorkAlways(type):
    def mro(self):
        print('  WorkAlways.mro', self.__name__)
        return type.mro(self)

class C(object):
    pass
class C2(object):
    def only_c2(self):
        return 'C2'
class D(C):
    pass
class E(D):
    pass
class F(D, metaclass=WorkOnce):
    pass
class G(D, metaclass=WorkAlways):
    pass

E_mro_before = E.__mro__
D_mro_before = D.__mro__
print(names(D.__subclasses__()))
try:
    D.__bases__ = (C2,)
except RuntimeError as e:
    print('RuntimeError:', e)
    print(E.__mro__ == E_mro_before, D.__mro__ == D_mro_before)
print(names(D.__bases__), names(D.__mro__), names(E.__mro__))
print(names(F.__mro__), names(G.__mro__))
print(names(C.__subclasses__()), names(C2.__subclasses__()))
print(hasattr(E(), 'only_c2'), hasattr(G(), 'only_c2'))

# an MRO conflict in a subclass: D itself was fine
class X: pass
class Y: pass
class H(X, Y): pass
class I(H): pass
class J(I, X, Y): pass
print(names(J.__mro__))
try:
    H.__bases__ = (Y, X)
except TypeError as e:
    print('TypeError:', e)
print(names(H.__mro__), names(I.__mro__), names(J.__mro__))
H.__bases__ = (X,)
print(names(H.__mro__), names(I.__mro__), names(J.__mro__))
print(names(Y.__subclasses__()), names(X.__subclasses__()))

# a failing mro() of the class itself
class Fail(type):
    armed = False
    def mro(cls):
        if Fail.armed:
            raise ValueError('no mro for ' + cls.__name__)
        return type.mro(cls)
class Z(C, metaclass=Fail):
    pass
Fail.armed = True
try:
    Z.__bases__ = (C2,)
except ValueError as e:
    print('ValueError:', e)
print(names(Z.__bases__), names(Z.__mro__), names(C.__subclasses__()),
      names(C2.__subclasses__()))
try:
    class Z2(C, metaclass=Fail):
        pass
except ValueError as e:
    print('ValueError:', e)
print(names(C.__subclasses__()))
Fail.armed = False

# mro() returning a non-class during assignment
class Odd(type):
    result = None
    def mro(cls):
        if Odd.result is not None:
            return Odd.result
        return type.mro(cls)
class W(C, metaclass=Odd):
    pass
for result in [[1], [dict, object], 5, []]:
    Odd.result = result
    try:
        W.__bases__ = (C2,)
    except TypeError as e:
        print('TypeError:', e)
    print(names(W.__bases__), names(W.__mro__))
