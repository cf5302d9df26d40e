# `return` from a for loop inside an except clause, a with block or a
# finally: the loop's iterator is dropped before the handled exception
# is restored or __exit__ is called.
import sys


def in_except(values):
    try:
        raise TypeError
    except TypeError:
        for v in reversed(values):
            try:
                return v + 1
            except TypeError:
                pass
        return 0


print(in_except(['red', 2]), sys.exception())
print(in_except(['red']), sys.exception())


def nested_loops_in_except():
    try:
        raise KeyError('k')
    except KeyError as e:
        for i in range(3):
            for j in range(3):
                if i * j == 2:
                    return (i, j, repr(e))


print(nested_loops_in_except(), sys.exception())


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print('exit', args)


def in_with():
    with Manager():
        for x in [1, 2, 3]:
            if x == 2:
                return x


print(in_with())


def in_finally():
    try:
        for x in 'abc':
            if x == 'b':
                return x
    finally:
        print('finally', sys.exception())


print(in_finally())


def handler_in_loop_in_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        for k in range(2):
            try:
                raise ValueError(k)
            except ValueError as e:
                if k == 1:
                    return str(e), repr(sys.exception())


print(handler_in_loop_in_handler(), sys.exception())
