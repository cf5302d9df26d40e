def f():
    try:
        raise ValueError('v')
    except ValueError as e:
        print('inside', e)
    try:
        print(e)
    except UnboundLocalError as u:
        print('UnboundLocalError:', u)
f()
try:
    raise KeyError('k')
except KeyError as err:
    pass
try:
    err
except NameError as n:
    print('NameError:', n)
