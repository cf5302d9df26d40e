class A:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __del__(self):
        print("A.__del__", self.n)


lst = [A(2), A(3), A(1)]
lst.sort()
print("sorted, clearing")
del lst
print("end")
