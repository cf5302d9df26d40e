def f(*, k=1):
    return k

f.__kwdefaults__['k'] = 5
print(f())
