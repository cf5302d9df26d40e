import warnings, functools
def deprecated(reason):
    def deco(f):
        @functools.wraps(f)
        def inner(*a, **k):
            warnings.warn(f'{f.__name__} is deprecated: {reason}', DeprecationWarning, stacklevel=2)
            return f(*a, **k)
        return inner
    return deco
@deprecated('use new_sum')
def old_sum(*xs): return sum(xs)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(old_sum(1, 2, 3))
    line = old_sum.__code__.co_firstlineno
for w in caught:
    print(w.category.__name__, w.message, w.lineno > 0)
with warnings.catch_warnings():
    warnings.simplefilter('error', DeprecationWarning)
    try:
        old_sum(1)
    except DeprecationWarning as e:
        print('as error:', e)
with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.simplefilter('once')
    for _ in range(3):
        warnings.warn('only once', UserWarning)
    warnings.warn('different text', UserWarning)
    print([str(w.message) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.filterwarnings('error', category=RuntimeWarning, message='.*fatal')
    warnings.warn('harmless', RuntimeWarning)
    try:
        warnings.warn('this is fatal', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', e)
    print(len(caught), caught[0].message.args)
print(len(warnings.filters) > 0, warnings.filters[0][0] if warnings.filters else None)
