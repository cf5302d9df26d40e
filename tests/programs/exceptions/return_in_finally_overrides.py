def f():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally'
print(g())
