try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('clean') from None
except ValueError as v:
    print(v.__cause__, repr(v.__context__), v.__suppress_context__)
