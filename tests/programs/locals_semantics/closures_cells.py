# locals() with cell and free variables.
def outer(arg):
    cellvar = 'c'
    plain = 'p'
    def inner():
        return cellvar, arg
    print(sorted(locals()))
    def inner2():
        x = 1
        print(sorted(locals().items(), key=str))
        return cellvar
    inner2()
    return inner

outer(5)

def captured_later():
    print(list(locals()))
    value = 1
    print(list(locals()))
    def use():
        return value
    del value
    print(list(locals()))
    return use

captured_later()

def arg_cell(a, b):
    def f():
        return a
    return list(locals())

print(arg_cell(1, 2))

def nested_order():
    first = 1
    def g():
        return first
    second = 2
    return list(locals())

print(nested_order())
