class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def make():
    tmp = A("tmp")
    result = A("result")
    return result


print("call")
r = make()
print("returned", r.n)
del r
print("end")
