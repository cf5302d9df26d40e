class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return self.n + x + y

add5 = Adder(5)
print(add5(1), add5(1, 2), add5(x=3, y=4))
print(callable(add5), callable(Adder), callable(3))
print(list(map(add5, [1, 2, 3])))
try:
    object()()
except TypeError as e:
    print("TypeError:", e)
