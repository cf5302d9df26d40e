try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), KeyError('k')])
    except* ValueError:
        raise TypeError('new')
except ExceptionGroup as r:
    print(repr(r))
    print(repr(r.exceptions[0].__context__))
