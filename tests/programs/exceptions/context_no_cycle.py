try:
    try:
        raise ValueError('v')
    except ValueError as e:
        raise e
except ValueError as e2:
    print(e2.__context__)
a = KeyError('a')
b = IndexError('b')
try:
    try:
        raise a
    except KeyError:
        try:
            raise b
        except IndexError:
            raise a
except KeyError as got:
    print(repr(got.__context__), repr(got.__context__.__context__))
