class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


# One object only: at exit, CPython finalizes the objects of __main__ in its
# cycle collector's list order, which no program should rely on.
a = A(1)
print("end of program")
