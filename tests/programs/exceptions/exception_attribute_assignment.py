e = ValueError('x')
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = TypeError('t')
e.__suppress_context__ = False
print(repr(e.__context__), e.__suppress_context__)
e.args = [1, 2]
print(e.args, e)
for attr, val in (('__cause__', 5), ('__context__', 5), ('__traceback__', 5), ('__suppress_context__', 1)):
    try:
        setattr(e, attr, val)
    except TypeError as t:
        print(t)
try:
    del e.__cause__
except TypeError as t:
    print(t)
e.__cause__ = None
e.__traceback__ = None
print(e.__cause__, e.__traceback__)
raise e
