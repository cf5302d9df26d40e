class Base:
    def __init__(self, a):
        self.a = a

class Mid(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b

class Leaf(Mid):
    def __init__(self):
        super().__init__(1, 2)
        self.c = 3

obj = Leaf()
print(obj.a, obj.b, obj.c)
