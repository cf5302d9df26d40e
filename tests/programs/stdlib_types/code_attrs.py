import types
def f(): pass
c = f.__code__
print(c.__class__ is types.CodeType, c.__class__.__name__, c == c, type(hash(c)).__name__, c.co_name)
try:
    c.nope
except AttributeError as e:
    print('AttributeError', e)
