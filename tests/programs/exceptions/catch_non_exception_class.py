try:
    try:
        raise ValueError('x')
    except int:
        pass
except TypeError as t:
    print(t)
