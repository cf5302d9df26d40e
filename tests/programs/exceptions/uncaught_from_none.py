try:
    {}['x']
except KeyError:
    raise AttributeError('no x') from None
