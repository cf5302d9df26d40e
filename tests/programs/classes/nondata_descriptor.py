class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value

class C:
    calls = 0

    @Lazy
    def expensive(self):
        C.calls += 1
        return 99

c = C()
print(c.expensive, c.expensive, C.calls)
