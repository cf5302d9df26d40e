class Base:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("Base.__del__", self.n)


class Child(Base):
    def __del__(self):
        print("Child.__del__", self.n)
        super().__del__()


class Plain(Base):
    pass


c = Child(1)
p = Plain(2)
print("del c")
del c
print("del p")
del p
print("end")
