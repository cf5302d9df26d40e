class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


class E(Exception):
    pass


try:
    raise E(A(1))
except E as e:
    print("in handler")
print("after handler")
try:
    e
except NameError:
    print("e is unbound")
