class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit got', t, v)
        return t is not None and issubclass(t, KeyError)
with Suppress():
    raise KeyError('swallowed')
print('after suppressed')
try:
    with Suppress():
        raise ValueError('propagates')
except ValueError as e:
    print('propagated', e)
