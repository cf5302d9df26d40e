try:
    raise ValueError('a')
except ValueError as e:
    tb = e.__traceback__
e2 = KeyError('b')
print(e2.__traceback__)
print(e2.with_traceback(tb) is e2, e2.__traceback__ is tb)
print(e2.with_traceback(None).__traceback__)
