def check(x):
    assert x > 0, 'x must be positive, got %d' % x
check(1)
check(-5)
