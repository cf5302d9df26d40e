class Meta(type):
    registry_name = 'meta level'

    def describe(cls):
        return 'class ' + cls.__name__

class C(metaclass=Meta):
    pass

print(C.registry_name, C.describe())
print(hasattr(C(), 'describe'))
