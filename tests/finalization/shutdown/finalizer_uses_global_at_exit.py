def helper(n):
    return "helper says %d" % n


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n, helper(self.n))


obj = A(1)
print("end of program")
