try:
    try:
        raise TypeError('first')
    except TypeError:
        raise ValueError('second')
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)
