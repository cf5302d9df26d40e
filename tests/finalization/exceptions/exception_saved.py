class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


saved = None
try:
    raise ValueError(A(1))
except ValueError as e:
    saved = e
print("after handler, saved")
saved = None
print("after saved = None")
