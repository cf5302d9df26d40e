class Frozen:
    def __init__(self):
        object.__setattr__(self, 'x', 1)

    def __setattr__(self, name, value):
        raise AttributeError('frozen: ' + name)

    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)

f = Frozen()
print(f.x)
try:
    f.y = 2
except AttributeError as e:
    print(e)
del f.x
print(hasattr(f, 'x'))
