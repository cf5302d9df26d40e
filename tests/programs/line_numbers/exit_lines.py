# PEP 626 / tracebacks: __exit__ called when return, break or continue
# leave a with block runs at the with statement's line, as at the end of
# the block and on an exception.
import sys


class ExitFails:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise ValueError('exit')


def normal():
    with ExitFails():
        x = 1


def returns():
    with ExitFails():
        return 1


def breaks():
    for i in range(3):
        with ExitFails() as e, \
                ExitFails():
            break


def continues():
    for i in range(3):
        with ExitFails():
            continue


def raises():
    with ExitFails():
        1/0


def return_in_try_in_with():
    with ExitFails():
        try:
            return 1
        finally:
            x = 2


for f in [normal, returns, breaks, continues, raises, return_in_try_in_with]:
    try:
        f()
    except ValueError as e:
        tb = e.__traceback__.tb_next
        first = f.__code__.co_firstlineno
        print(f.__name__, tb.tb_lineno - first, tb.tb_frame.f_lineno - first)
