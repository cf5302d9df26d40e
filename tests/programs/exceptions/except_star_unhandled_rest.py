try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
    except* ValueError:
        print('handled the ValueError')
except ExceptionGroup as rest:
    print('rest:', repr(rest))
