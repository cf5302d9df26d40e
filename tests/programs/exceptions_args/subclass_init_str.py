# User subclasses overriding __init__ and __str__ and calling
# super().__init__ with the builtin exceptions' arguments.
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(f'{code}: {detail}')
        self.code = code
        self.detail = detail

    def __str__(self):
        return f'AppError[{self.code}] {self.detail}'

e = AppError(404, 'not found')
print(e, repr(e), e.args, e.code, e.detail)

class MissingModule(ModuleNotFoundError):
    def __init__(self, name):
        super().__init__(f'No module named {name!r}', name=name, path='/x')

e = MissingModule('spam')
print(e, repr(e), e.msg, e.name, e.path, e.args)

class MyOS(OSError):
    pass

e = MyOS(2, 'x', 'f')
print(type(e).__name__, e, e.args, e.errno, e.filename)

class MyOS2(OSError):
    def __init__(self, *a):
        print('init', a, self.args, self.errno)
        super().__init__(*a)

e = MyOS2(2, 'x', 'f')
print(type(e).__name__, e, e.args, e.errno)

class MyOS3(OSError):
    def __init__(self, a, b):
        pass

e = MyOS3(2, 'x')
print(type(e).__name__, repr(str(e)), e.args, e.errno)

class MyOS4(OSError):
    def __new__(cls, *args):
        print('new', args)
        return super().__new__(cls, *args)

e = MyOS4(2, 'x', 'f')
print(type(e).__name__, e, e.args, e.errno, e.filename)

class Stop(StopIteration):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra

e = Stop(5, 'more')
print(e.value, e.extra, e.args)

class Exit(SystemExit):
    def __str__(self):
        return 'exit with ' + str(self.code)

print(Exit(3), Exit(3).code)

class Syn(SyntaxError):
    def __init__(self, msg, lineno):
        super().__init__(msg, ('file.py', lineno, 1, 'text'))

e = Syn('oops', 7)
print(e, e.lineno, e.filename, e.args)

class Dec(UnicodeDecodeError):
    pass

e = Dec('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(type(e).__name__, e, e.start)

class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a

e = NoSuper(1, 2)
print(e.args, e.a, e)

class Key(KeyError):
    def __str__(self):
        return 'key ' + super().__str__()

print(Key('k'))
try:
    raise AppError(500, 'server')
except Exception as exc:
    print('caught', exc, exc.code)
