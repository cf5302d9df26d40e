# sys.exit: the exit functions still run and the status is kept.
import atexit
import sys


def cleanup():
    print('cleanup runs after sys.exit')


atexit.register(cleanup)
print('exiting with 3')
sys.exit(3)
