class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        ns['created_by'] = mcls.__name__
        ns['options'] = kwargs
        return super().__new__(mcls, name, bases, ns)

class A(metaclass=Meta, flag=True):
    pass

class B(A):
    pass

print(A.created_by, A.options, B.options, type(B).__name__)
print(isinstance(A, Meta), isinstance(A, type))
