for e in (ValueError(), ValueError('one'), ValueError('a', 2), ValueError([1])):
    print(repr(e), '|', str(e), '|', e.args)
print(repr(Exception('x', None)), str(Exception(42)))
