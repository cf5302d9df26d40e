try:
    raise ValueError('original')
finally:
    print('cleanup')
    raise TypeError('from finally')
