def f(**kw):
    return kw
print(f(**{'a': 1}, **{'b': 2}))
print({'a': 0, **f(b=1), 'c': 2})
