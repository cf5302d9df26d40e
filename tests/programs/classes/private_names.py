class A:
    def __init__(self):
        self.__secret = 1

    def get(self):
        return self.__secret

a = A()
print(a.get(), sorted(a.__dict__))
