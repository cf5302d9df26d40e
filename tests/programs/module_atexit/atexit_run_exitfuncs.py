# _run_exitfuncs() runs them now and forgets them; _clear() drops them.
import atexit


def one():
    print('one')


def two():
    print('two')


atexit.register(one)
atexit.register(two)
print('running now')
atexit._run_exitfuncs()
print('count after run', atexit._ncallbacks())
atexit.register(one)
atexit._clear()
print('count after clear', atexit._ncallbacks())
print('end of main, nothing else runs')
