for exc in (KeyError('a'), IndexError(1), TypeError('t')):
    try:
        try:
            raise exc
        except (KeyError, IndexError) as e:
            print('lookup:', repr(e))
    except TypeError as t:
        print('outer:', repr(t))
