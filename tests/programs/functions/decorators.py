def trace(f):
    def wrapper(*args, **kw):
        print('->', f.__name__, args)
        return f(*args, **kw)
    return wrapper

def twice(f):
    def wrapper(x):
        return f(f(x))
    return wrapper

@trace
@twice
def inc(x):
    return x + 1

print(inc(5))
