# Registered functions run after the main program, last registered first,
# with their arguments.
import atexit


def hello(name, punct='!'):
    print('goodbye', name + punct)


print(atexit.register(hello, 'first') is hello)
atexit.register(hello, 'second', punct='?')
atexit.register(print, 'plain print', 1, 2, sep='-')


@atexit.register
def decorated():
    print('decorated runs first')


print('main program ends')
