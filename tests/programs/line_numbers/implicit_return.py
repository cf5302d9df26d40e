# PEP 626: the line of a frame after it fell off the end of its body (the
# implicit `return None`), which CPython 3.11 gives the line of the path
# taken there, and after return/break leaving finally and with blocks.
import sys


def here():
    return sys._getframe(1)


class Noop:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


def if_false(a=0):
    global FR
    FR = here()
    if a:
        x = 1


def if_else_first(a=1):
    global FR
    FR = here()
    if a:
        x = 1
    else:
        x = 2


def if_elif(a=2):
    global FR
    FR = here()
    if a == 1:
        x = 1
    elif a == 2:
        x = 2
    elif a == 3:
        x = 3


def for_loop():
    global FR
    FR = here()
    for i in range(2):
        x = i


def for_else_break():
    global FR
    FR = here()
    for i in range(2):
        break
    else:
        x = 2


def while_loop():
    global FR
    FR = here()
    i = 0
    while i < 2:
        i += 1


def try_no_exception():
    global FR
    FR = here()
    try:
        x = 1
    except TypeError:
        x = 2


def try_caught():
    global FR
    FR = here()
    try:
        1/0
    except ZeroDivisionError:
        x = 2


def try_caught_named():
    global FR
    FR = here()
    try:
        1/0
    except ZeroDivisionError as e:
        x = 2


def try_else():
    global FR
    FR = here()
    try:
        x = 1
    except TypeError:
        x = 2
    else:
        x = 3


def try_finally():
    global FR
    FR = here()
    try:
        x = 1
    finally:
        x = 2


def with_block():
    global FR
    FR = here()
    with Noop() as f:
        x = 1


def match_no_case(v=5):
    global FR
    FR = here()
    match v:
        case 1:
            x = 1
        case 2:
            x = 2


def nested_if_in_loop():
    global FR
    FR = here()
    for i in range(3):
        if i > 5:
            x = 1


def return_in_finally():
    fr = here()
    try:
        return fr
    finally:
        x = 1


def return_in_with():
    fr = here()
    with Noop():
        return fr


def return_in_except():
    fr = here()
    try:
        1/0
    except ZeroDivisionError:
        return fr


def return_in_except_in_finally():
    fr = here()
    try:
        try:
            1/0
        except ZeroDivisionError:
            return fr
    finally:
        y = 2


def break_in_finally():
    global FR
    FR = here()
    for i in range(3):
        try:
            break
        finally:
            y = 2


for f in [if_false, if_else_first, if_elif, for_loop, for_else_break,
          while_loop, try_no_exception, try_caught, try_caught_named,
          try_else, try_finally, with_block, match_no_case,
          nested_if_in_loop, break_in_finally]:
    f()
    print(f.__name__, FR.f_lineno - f.__code__.co_firstlineno)
for f in [return_in_finally, return_in_with, return_in_except,
          return_in_except_in_finally]:
    fr = f()
    print(f.__name__, fr.f_lineno - f.__code__.co_firstlineno)
