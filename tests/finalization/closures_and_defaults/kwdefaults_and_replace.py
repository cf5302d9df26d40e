class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def g(*, k=A("kw")):
    return k.n


print(g())
print("replace __kwdefaults__")
g.__kwdefaults__ = {"k": A("kw2")}
print(g())
print("replace __defaults__")
g.__defaults__ = None
print("del g")
del g
print("end")
