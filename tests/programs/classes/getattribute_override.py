class Logged:
    def __init__(self):
        self.v = 5

    def __getattribute__(self, name):
        if name.startswith('secret'):
            return 'hidden'
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return 'fallback ' + name

o = Logged()
print(o.v, o.secret_x, o.nothing)
