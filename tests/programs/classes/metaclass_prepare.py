class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print('prepare', name, kwargs)
        return {'injected': 42}

    def __new__(mcls, name, bases, ns, **kwargs):
        return super().__new__(mcls, name, bases, ns)

class C(metaclass=Meta, option=1):
    x = injected + 1

print(C.injected, C.x)
