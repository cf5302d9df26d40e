# An uncaught exception: the traceback is printed, then the exit functions
# run; the status is 1.
import atexit


def cleanup():
    print('cleanup after the traceback')


atexit.register(cleanup)
print('about to fail')
raise KeyError('missing')
