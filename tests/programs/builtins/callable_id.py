def f():
    pass
class C:
    def __call__(self):
        return 1
class D:
    pass
print(callable(f), callable(len), callable(C), callable(C()), callable(D()), callable(1), callable("x"), callable([].append))
a = [1]
print(id(a) == id(a), id(a) != id([1]))
