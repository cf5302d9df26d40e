def f(fail):
    try:
        if fail:
            raise ValueError
    except ValueError:
        print('except')
    else:
        print('else')
    finally:
        print('finally')
f(False)
f(True)
