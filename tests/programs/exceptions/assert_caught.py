assert 1 + 1 == 2
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print('AssertionError:', e, e.args)
try:
    assert []
except AssertionError as e:
    print('no message:', repr(e))
