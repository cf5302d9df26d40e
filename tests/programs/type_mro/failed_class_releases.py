# A class whose MRO cannot be made is freed with its namespace: the
# values of its dict are released at once.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('released', self.name)

class A:
    pass
class B(A):
    pass

try:
    class Bad(A, A):
        n = Noisy('duplicate')
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(A, B):
        n = Noisy('conflict')
        def method(self):
            return 1
except TypeError as e:
    print('TypeError:', e)

class Meta(type):
    pass
try:
    class Bad3(A, A, metaclass=Meta):
        n = Noisy('metaclass without mro()')
except TypeError as e:
    print('TypeError:', e)
try:
    Bad4 = type('Bad4', (B, A, B), {1: Noisy('odd key'), 'x': Noisy('x')})
except TypeError as e:
    print('TypeError:', e)
print(A.__subclasses__() == [B])
print('end')
