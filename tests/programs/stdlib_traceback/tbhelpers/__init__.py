"""Functions that raise and catch, so their tracebacks show source lines
from a real file (the programs beside this package use them)."""
import sys
import traceback


def inner(x):
    return 1 / x


def outer():
    return inner(0)


def catch(func, *args):
    try:
        func(*args)
    except BaseException as e:
        return e


def chained():
    try:
        raise ValueError('first')
    except ValueError as e:
        raise RuntimeError('second') from e


def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        int('x')


def missing_key():
    return {}['missing']


def print_exc_to(buf):
    try:
        missing_key()
    except KeyError:
        traceback.print_exc(file=buf)
        return sys.exc_info()


def rec(n):
    if n == 0:
        raise RecursionError('deep')
    rec(n - 1)


def where():
    return traceback.extract_stack()[-1]
