class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


src = [A(1), A(2), A(3)]
ge = (x.n for x in src)
print(next(ge))
del src
print("source list dropped, generator still iterating it")
del ge
print("after del ge")
