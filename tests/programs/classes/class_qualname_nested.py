class Outer:
    class Inner:
        def method(self):
            pass

    def f(self):
        class Local:
            pass
        return Local

print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Outer.Inner.method.__qualname__)
print(Outer().f().__qualname__)
print(Outer.__module__)
