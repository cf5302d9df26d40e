# unregister removes every registration of the function; _clear all.
import atexit


def a():
    print('a')


def b():
    print('b')


atexit.register(a)
atexit.register(b)
atexit.register(a)
atexit.unregister(a)
atexit.unregister(len)
print(atexit._ncallbacks() >= 1)
try:
    atexit.register(42)
except TypeError as e:
    print('TypeError', e)
print('end of main')
