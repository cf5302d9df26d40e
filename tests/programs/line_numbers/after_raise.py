# PEP 626: the line of each frame an exception left (frame.f_lineno of
# tb_frame, and tb_lineno), relative to co_firstlineno -- the scenarios of
# CPython's test_exceptions.PEP626Tests.  A frame left by a re-raise of a
# cleanup handler (RERAISE with lasti) is at the line that raised.


def lines_after_raise(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__
    else:
        return 'no exception'
    lines = []
    t = t.tb_next       # skip this function
    while t:
        frame = t.tb_frame
        first = frame.f_code.co_firstlineno
        lines.append((None if frame.f_lineno is None else
                      frame.f_lineno - first,
                      None if t.tb_lineno is None else t.tb_lineno - first))
        t = t.tb_next
    return lines


def simple():
    1/0
    pass


def in_except():
    try:
        1/0
    except:
        1/0
        pass


def other_except():
    try:
        1/0
    except TypeError as ex:
        pass


def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass


def in_try():
    try:
        1/0
    finally:
        pass


def in_finally_normal():
    try:
        pass
    finally:
        1/0
        pass


def in_finally_except():
    try:
        1/0
    finally:
        1/0
        pass


class Noop:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


def after_with():
    with Noop():
        1/0
        pass


class ExitFails:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise ValueError


def after_with_exit_fails():
    with ExitFails():
        1/0


for f in [simple, in_except, other_except, in_named_except, in_try,
          in_finally_normal, in_finally_except, after_with,
          after_with_exit_fails]:
    print(f.__name__, lines_after_raise(f))
