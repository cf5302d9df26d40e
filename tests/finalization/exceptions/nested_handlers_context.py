class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


try:
    try:
        raise ValueError(A("first"))
    except ValueError:
        raise TypeError(A("second"))
except TypeError as e:
    print("handler, context kept:", type(e.__context__).__name__)
print("after")
