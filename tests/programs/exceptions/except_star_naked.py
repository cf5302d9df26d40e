try:
    raise KeyError('naked')
except* KeyError as e:
    print(repr(e), repr(e.exceptions))
