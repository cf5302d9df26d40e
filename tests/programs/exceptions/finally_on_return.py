def f():
    try:
        return 'value'
    finally:
        print('finally runs before return')
print(f())
def g(items):
    for x in items:
        try:
            try:
                if x == 2:
                    return x * 10
            finally:
                print('inner', x)
        finally:
            print('outer', x)
    return None
print(g([1, 2, 3]))
