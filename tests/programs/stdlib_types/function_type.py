import types
def add(a, b=1): return a + b
f = types.FunctionType(add.__code__, {'x': 1}, 'add_copy', (5,))
print(f(1), f(2, 2), f.__name__, f.__qualname__, f.__defaults__, f.__globals__)
g = types.FunctionType(add.__code__, globals())
print(g(2, 3), g.__name__, g.__module__)
def outer():
    y = 10
    def inner(): return y
    return inner
inn = outer()
h = types.FunctionType(inn.__code__, {}, None, None, inn.__closure__)
print(h())
for args in [('x', {}), (add.__code__, []), (add.__code__, {}, 5), (add.__code__, {}, None, [1]), (inn.__code__, {}), (inn.__code__, {}, None, None, (1,)), (inn.__code__, {}, None, None, ())]:
    try:
        types.FunctionType(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
