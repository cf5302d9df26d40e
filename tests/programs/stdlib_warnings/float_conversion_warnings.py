# float(x) copies a float-subclass result of __float__ to an exact
# float with a DeprecationWarning; a non-float result is a TypeError.
import warnings


class OtherFloat(float):
    pass


class F:
    def __float__(self):
        return OtherFloat(42.)


class Foo3(float):
    def __new__(cls, value=0.):
        return float.__new__(cls, 2 * value)

    def __float__(self):
        return self


class FloatSub(float):
    pass


class IndexBool:
    def __index__(self):
        return True


def show(label, f, action='always'):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter(action)
        try:
            v = f()
            print(label, repr(v), type(v).__name__)
        except Exception as e:
            print(label, type(e).__name__, e)
        for x in w:
            print('   ', x.category.__name__, x.message)


show('F', lambda: float(F()))
show('Foo3', lambda: float(Foo3(21)))
show('subclass of F', lambda: FloatSub(F()))
show('index bool', lambda: float(IndexBool()))
show('as error', lambda: float(F()), 'error')
