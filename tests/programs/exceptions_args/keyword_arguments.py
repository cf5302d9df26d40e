# BaseException.__init__ takes no keyword arguments; __new__ ignores them.
def attempt(make):
    try:
        e = make()
        print(type(e).__name__, e.args)
    except TypeError as exc:
        print('TypeError:', exc)

attempt(lambda: ValueError(x=1))
attempt(lambda: Exception('a', b=2))
attempt(lambda: BaseException(x=1))
attempt(lambda: KeyError(key='k'))
attempt(lambda: ExceptionGroup('a', [ValueError()], x=1))

class E(Exception):
    pass

attempt(lambda: E(x=1))

class WithKw(Exception):
    def __init__(self, message, *, code=0):
        super().__init__(message)
        self.code = code

attempt(lambda: WithKw('boom', code=3))
e = WithKw('boom', code=3)
print(e.code, e, repr(e))

class PassesKw(ValueError):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

attempt(lambda: PassesKw('a', flag=True))
print(BaseException.__new__(E, 1, x=2).args)
try:
    BaseException.__new__(5)
except TypeError as exc:
    print('TypeError:', exc)
try:
    BaseException.__new__(int)
except TypeError as exc:
    print('TypeError:', exc)
try:
    ImportError.__init__(ValueError(), 'x')
except TypeError as exc:
    print('TypeError:', exc)
