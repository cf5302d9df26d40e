class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name

class Model:
    a = Field()
    b = Field()

print(Model.a.name, Model.b.name)
