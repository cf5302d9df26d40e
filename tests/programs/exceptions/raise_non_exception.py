try:
    raise 42
except TypeError as t:
    print(t)
try:
    raise ValueError('x') from 'cause'
except TypeError as t:
    print(t)
raise 'a string'
