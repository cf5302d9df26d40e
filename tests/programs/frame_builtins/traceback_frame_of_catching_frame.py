# tb_frame of the traceback entry of the frame that caught the
# exception: the running frame's own frame object, with live locals,
# kept (with its locals) after the frame returns.
import sys


def caught_here():
    x = 41
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        print(tb.tb_frame is tb.tb_frame, tb.tb_frame is sys._getframe())
        print(tb.tb_frame.f_locals['x'], tb.tb_lineno,
              tb.tb_frame.f_code.co_name)
        x = 42
        print(tb.tb_frame.f_locals['x'])
        return e


e = caught_here()
fr = e.__traceback__.tb_frame
print(fr.f_locals['x'], fr.f_back is not None, fr.f_lineno)
fr.clear()
print(fr.f_locals)


def many_caught():
    errs = []
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as k:
            errs.append(k)
    return errs


errs = many_caught()
print(len(set(id(x.__traceback__.tb_frame) for x in errs)))
print(errs[0].__traceback__.tb_frame.f_locals['i'])
print([x.__traceback__.tb_lineno for x in errs])


def reraised():
    y = 'kept'
    try:
        raise ValueError('inner')
    except ValueError:
        raise


try:
    reraised()
except ValueError as e2:
    tb = e2.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals['y'],
          tb.tb_lineno)
    print(tb.tb_next is None)


def nested_catch():
    z = 'outer local'
    try:
        try:
            raise TypeError('t')
        except TypeError:
            raise RuntimeError('r')
    except RuntimeError as r:
        return r


r = nested_catch()
print(r.__traceback__.tb_frame.f_locals['z'])
print(r.__context__.__traceback__.tb_frame is r.__traceback__.tb_frame)
