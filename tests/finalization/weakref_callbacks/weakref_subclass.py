import weakref


class A:
    pass


class NamedRef(weakref.ref):
    def __new__(cls, obj, name):
        return super().__new__(cls, obj, NamedRef.done)

    def __init__(self, obj, name):
        super().__init__(obj, NamedRef.done)
        self.name = name

    @staticmethod
    def done(ref):
        print("done", ref.name)


a = A()
refs = [NamedRef(a, "first"), NamedRef(a, "second")]
print("before del")
del a
print("after del")
