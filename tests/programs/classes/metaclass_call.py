class Counting(type):
    def __call__(cls, *args, **kwargs):
        cls.made = getattr(cls, 'made', 0) + 1
        return super().__call__(*args, **kwargs)

class Thing(metaclass=Counting):
    def __init__(self, v):
        self.v = v

t = Thing(3)
Thing(4)
print(Thing.made, t.v)
