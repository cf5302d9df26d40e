# An exception in an exit function is printed and ignored; the others run
# and the status stays 0.
import atexit


def first_registered():
    print('first registered, runs last')


def failing():
    print('failing runs')
    raise RuntimeError('cleanup failed')


atexit.register(first_registered)
atexit.register(failing)
print('end of main')
