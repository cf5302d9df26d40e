# float(x): __float__ first (also for str subclasses), then __index__,
# then the text of a str or bytes-like object; errors show the argument.
class Foo1:
    def __float__(self):
        return 42.


class Foo2(float):
    def __float__(self):
        return 42.


class Foo4(float):
    def __float__(self):
        return 42


class FooStr(str):
    def __float__(self):
        return float(str(self)) + 1


class MyIndex:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


class MyInt:
    def __int__(self):
        return 42


class IntSub(int):
    pass


def show(label, f):
    try:
        v = f()
        print(label, repr(v), type(v).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


show('foo1', lambda: float(Foo1()))
show('foo2', lambda: float(Foo2(1.5)))
show('foo4', lambda: float(Foo4(42)))
show('foostr', lambda: float(FooStr('8')))
show('index', lambda: float(MyIndex(42)))
show('index big', lambda: float(MyIndex(2**2000)))
show('int only', lambda: float(MyInt()))
show('intsub', lambda: float(IntSub(3)))
show('bytearray', lambda: float(bytearray(b' 1.5 ')))
show('memoryview', lambda: float(memoryview(b'12.3')[1:4]))
show('bytes bad', lambda: float(b'  123 456  '))
show('bytes nul', lambda: float(b'123\x00'))
show('bytes nonutf8', lambda: float(b'123\xa0'))
show('bytearray bad', lambda: float(bytearray(b'1x')))
show('str bad', lambda: float('  123 456  '))
show('str empty', lambda: float(''))
show('none', lambda: float(None))
