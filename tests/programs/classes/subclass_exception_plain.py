class MyError(ValueError):
    pass

try:
    raise MyError('bad', 1)
except ValueError as e:
    print(type(e).__name__, e.args, isinstance(e, MyError))
raise MyError('final')
