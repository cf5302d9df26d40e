try:
    try:
        {}['key']
    except KeyError as k:
        raise ValueError('bad value') from k
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
