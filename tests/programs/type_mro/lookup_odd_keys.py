# A class namespace with keys that are not str: type() keeps them, and a
# lookup whose name has the same hash compares them (calling __eq__),
# which may even assign __bases__ during the lookup (test_descr's
# test_type_lookup_mro_reference).
calls = []

class MyKey(object):
    def __hash__(self):
        return hash('mykey')
    def __eq__(self, other):
        calls.append(other)
        X.__bases__ = (Base2,)

class Base(object):
    mykey = 'from Base'
    mykey2 = 'from Base'

class Base2(object):
    mykey = 'from Base2'
    mykey2 = 'from Base2'

X = type('X', (Base,), {MyKey(): 5})
print(X.mykey)
print(X.mykey2)
print(calls, [k.__name__ for k in X.__mro__])

class Equal:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return other == self.name

Y = type('Y', (), {Equal('spam'): 'found by __eq__', 1: 'one', (2, 3): 'pair'})
print(Y.spam, Y.__dict__[1], Y.__dict__[(2, 3)])
print(1 in Y.__dict__, (2, 3) in vars(Y), 'spam' in Y.__dict__)
class Z(Y):
    pass
print(Z.spam, getattr(Z, 'eggs', 'no eggs'))

class Raising:
    def __hash__(self):
        return hash('boom')
    def __eq__(self, other):
        raise ValueError('compared')
class Q:
    boom = 'Q.boom'
R = type('R', (Q,), {Raising(): 1})
try:
    print(R.boom)
except AttributeError as e:
    print('AttributeError:', e)
print(R.__name__, R.__mro__ == (R, Q, object))
