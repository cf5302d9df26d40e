import sys
print(sys.exc_info())
try:
    raise ValueError('v')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb.tb_lineno)
print(sys.exc_info())
