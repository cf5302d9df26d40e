import sys
def check(label, got, want):
    print(label, got == want, got if got != want else '')

def test_except_next():
    def gen():
        check('next-in-gen', sys.exc_info()[0], ValueError)
        yield "done"
    g = gen()
    try:
        raise ValueError
    except Exception:
        print(next(g))
    check('after', sys.exc_info(), (None, None, None))

def test_except_gen_except():
    def gen():
        try:
            check('a', sys.exc_info()[0], None)
            yield
            raise TypeError()
        except TypeError as exc:
            check('b', sys.exc_info()[0], TypeError)
            check('c', type(exc.__context__), ValueError)
        check('d', sys.exc_info()[0], ValueError)
        yield
        check('e', sys.exc_info()[0], None)
        yield "done"
    g = gen()
    next(g)
    try:
        raise ValueError
    except Exception:
        next(g)
    print(next(g))
    check('f', sys.exc_info(), (None, None, None))

def test_except_throw_exception_context():
    def gen():
        try:
            try:
                check('a', sys.exc_info()[0], None)
                yield
            except ValueError:
                check('b', sys.exc_info()[0], ValueError)
                raise TypeError()
        except Exception as exc:
            check('c', sys.exc_info()[0], TypeError)
            check('d', type(exc.__context__), ValueError)
        check('e', sys.exc_info()[0], ValueError)
        yield
        check('f', sys.exc_info()[0], None)
        yield "done"
    g = gen()
    next(g)
    try:
        raise ValueError
    except Exception as exc:
        g.throw(exc)
    print(next(g))
    check('g', sys.exc_info(), (None, None, None))

def test_except_throw():
    def store():
        try:
            check('a', sys.exc_info()[0], None)
            yield
        except Exception as exc:
            check('b', sys.exc_info()[0], ValueError)
            check('c', exc.__context__, None)
            yield
            check('d', sys.exc_info()[0], ValueError)
            yield
            raise
    make = store()
    next(make)
    try:
        raise ValueError()
    except Exception as exc:
        try:
            make.throw(exc)
        except Exception:
            pass
    next(make)
    try:
        next(make)
    except ValueError as e:
        check('e', e.__context__, None)
    check('f', sys.exc_info(), (None, None, None))

def test_bare_raise_sees_resumer():
    def gen():
        try:
            raise
        except ValueError as e:
            print('reraised', repr(e))
        yield 1
    try:
        raise ValueError('r')
    except ValueError:
        print(next(gen()))

def test_throw_other_context():
    # a thrown exception does not chain the thrower's handled one
    def gen():
        try:
            yield
        except KeyError as e:
            print('ctx', repr(e.__context__))
            yield 'caught'
    g = gen(); next(g)
    try:
        raise ValueError('outer')
    except ValueError:
        print(g.throw(KeyError('k')))

def test_exception_context_with_yield_from():
    def f():
        yield
    def g():
        try:
            raise KeyError('a')
        except Exception:
            yield from f()
    gen = g()
    gen.send(None)
    try:
        gen.throw(ValueError)
    except ValueError as e:
        context = e.__context__
        print((type(context), context.args))

def test_context_cycle():
    has_cycle = None
    def f():
        yield
    def g(exc):
        nonlocal has_cycle
        try:
            raise exc
        except Exception:
            try:
                yield from f()
            except Exception as exc:
                has_cycle = (exc is exc.__context__)
        yield
    exc = KeyError('a')
    gen = g(exc)
    gen.send(None)
    gen.throw(exc)
    print('has_cycle', has_cycle)

def test_delegate_sees_outer():
    # a `yield from` delegate sees the delegating generator's handled exception
    def inner():
        print('inner sees', sys.exc_info()[0])
        yield 1
        print('inner sees', sys.exc_info()[0])
        yield 2
    def outer():
        try:
            raise KeyError
        except KeyError:
            yield from inner()
    o = outer()
    print(next(o)); print(next(o))
    try:
        raise ValueError
    except ValueError:
        try:
            next(o)
        except StopIteration:
            print('stop')

def names(frame):
    out = []
    while frame:
        name = frame.f_code.co_name
        if name.startswith('call_'):
            break
        out.append(name)
        frame = frame.f_back
    return out

def test_throw_with_yield_from():
    def f():
        print(names(sys._getframe()))
        try:
            yield
        except Exception:
            print('caught in f')
        print(names(sys._getframe()))
    def g():
        print(names(sys._getframe()))
        yield from f()
        print(names(sys._getframe()))
    def call_throw(gen):
        gen.throw(RuntimeError)
    def call_send(gen):
        gen.send(None)
    for m in (call_send, call_throw):
        gen = g()
        gen.send(None)
        try:
            m(gen)
        except StopIteration:
            print('stop')

def test_traceback_through_yield_from():
    def f():
        yield
    def g():
        yield from f()
    gen = g(); next(gen)
    try:
        gen.throw(KeyError('x'))
    except KeyError as e:
        tb = e.__traceback__
        while tb:
            print(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next

for t in [test_except_next, test_except_gen_except, test_except_throw_exception_context,
          test_except_throw, test_bare_raise_sees_resumer, test_throw_other_context,
          test_exception_context_with_yield_from,
          test_context_cycle, test_delegate_sees_outer, test_throw_with_yield_from,
          test_traceback_through_yield_from]:
    print('--', t.__name__)
    try:
        t()
    except Exception as e:
        print('ERROR', type(e).__name__, e)
