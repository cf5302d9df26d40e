# PEP 626: the line of a frame an exception left through except clauses
# that do not match, finally, with, except*, generators and coroutines
# (f_lineno of tb_frame and tb_lineno, relative to co_firstlineno).


def lines_after_raise(f):
    try:
        f()
    except BaseException as ex:
        t = ex.__traceback__
    else:
        return 'no exception'
    out = []
    t = t.tb_next
    while t:
        fr = t.tb_frame
        first = fr.f_code.co_firstlineno
        out.append((None if fr.f_lineno is None else fr.f_lineno - first,
                    None if t.tb_lineno is None else t.tb_lineno - first))
        t = t.tb_next
    return out


def two_clauses():
    try:
        1/0
    except TypeError:
        pass
    except KeyError as e:
        pass


def clause_on_two_lines():
    try:
        1/0
    except (TypeError,
            KeyError):
        pass


def nested_try():
    try:
        try:
            1/0
        finally:
            pass
    except KeyError:
        pass


def finally_after_except():
    try:
        1/0
    except TypeError:
        pass
    finally:
        x = 1


def bare_raise_in_except():
    try:
        1/0
    except ZeroDivisionError:
        x = 1
        raise


def raise_in_else():
    try:
        pass
    except TypeError:
        pass
    else:
        1/0


def raise_in_nested_handler():
    try:
        1/0
    except ZeroDivisionError:
        try:
            {}[1]
        except KeyError:
            [][2]
        y = 3


class Noop:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


def with_two_items():
    with Noop() as a, Noop() as b:
        x = 1
        1/0


def with_return():
    with Noop():
        return 1/0


def with_in_except():
    try:
        1/0
    except ZeroDivisionError:
        with Noop():
            y = 2
            {}[1]


def loop_break_finally():
    for i in range(3):
        try:
            break
        finally:
            1/0


def star_unmatched():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* TypeError:
        pass


def star_raise_in_body():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        1/0
        pass


def star_named_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        1/0
        pass


def gen_raises():
    yield 1
    try:
        1/0
    except TypeError:
        pass


def run_gen():
    for x in gen_raises():
        pass


def gen_thrown():
    g = gen_caught()
    next(g)
    g.throw(KeyError(5))


def gen_caught():
    try:
        yield 1
    except ValueError:
        pass


class AsyncNoop:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        pass


async def async_with_body():
    async with AsyncNoop():
        1/0
        pass


def run_coroutine():
    coro = async_with_body()
    try:
        coro.send(None)
    except StopIteration:
        pass


for f in [two_clauses, clause_on_two_lines, nested_try,
          finally_after_except, bare_raise_in_except, raise_in_else,
          raise_in_nested_handler, with_two_items, with_return,
          with_in_except, loop_break_finally, star_unmatched,
          star_raise_in_body, star_named_raise, run_gen, gen_thrown,
          run_coroutine]:
    print(f.__name__, lines_after_raise(f))
