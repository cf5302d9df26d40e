def f(*args, **kwargs):
    return len(args), len(kwargs)
print(f(*range(300), **{'k%d' % i if False else 'k' + str(i): i for i in range(300)}))
