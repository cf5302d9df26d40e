import _thread
loc = _thread._local()
loc.x = 1
loc.y = [2]
print(loc.x, loc.y, loc.__dict__)
del loc.x
print(hasattr(loc, 'x'), loc.__dict__)
try:
    _thread._local(1)
except TypeError as e:
    print(e)
class MyLocal(_thread._local):
    def __init__(self, v):
        self.v = v
m = MyLocal(5)
print(m.v, isinstance(m, _thread._local), type(m).__name__)
print(_thread._local.__module__, _thread._local.__doc__)
