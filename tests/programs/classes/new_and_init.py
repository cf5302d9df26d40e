class Tracked:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        obj = super().__new__(cls)
        obj.created = True
        return obj

    def __init__(self, x):
        print('init', x)
        self.x = x

t = Tracked(7)
print(t.created, t.x)
