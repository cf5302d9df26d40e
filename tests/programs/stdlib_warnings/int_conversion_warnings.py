# int(x) tries __int__, then __index__, then (deprecated) __trunc__; a
# result that is an int subclass is copied to an exact int with a
# DeprecationWarning.
import warnings


class IntSub(int):
    pass


class ReturnsBool:
    def __int__(self):
        return True


class IndexReturnsBool:
    def __index__(self):
        return True


class IntSubIndex(int):
    def __index__(self):
        return 42


class IntSubInt(int):
    def __int__(self):
        return True


class JustTrunc:
    def __trunc__(self):
        return 42


class TruncIndex:
    def __trunc__(self):
        return IndexReturnsBool()


class NonIntegral:
    def __trunc__(self):
        return NonIntegral()


class TruncNonIntegral:
    def __trunc__(self):
        return NonIntegral()


class BadInt:
    def __int__(self):
        return 42.0


class FloatSub(float):
    pass


def show(label, f, action='always'):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter(action)
        try:
            n = f()
            print(label, repr(n), type(n).__name__)
        except Exception as e:
            print(label, type(e).__name__, e)
        for x in w:
            print('   ', x.category.__name__, x.message)


show('bool', lambda: int(True))
show('intsub', lambda: int(IntSub(7)))
show('returns bool', lambda: int(ReturnsBool()))
show('index bool', lambda: int(IndexReturnsBool()))
show('intsub index', lambda: int(IntSubIndex(5)))
show('intsub int', lambda: int(IntSubInt(5)))
show('trunc', lambda: int(JustTrunc()))
show('trunc index', lambda: int(TruncIndex()))
show('trunc nonintegral', lambda: int(TruncNonIntegral()))
show('bad int', lambda: int(BadInt()))
show('subclass of trunc', lambda: IntSub(JustTrunc()))
show('object', lambda: int(object()))
show('as error', lambda: int(ReturnsBool()), 'error')
show('trunc as error', lambda: int(JustTrunc()), 'error')
