try:
    {'a': 1}['b']
except KeyError as e:
    print(str(e), repr(e), e.args)
print(str(KeyError()), str(KeyError(1, 2)), str(KeyError('')))
