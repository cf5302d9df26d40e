# User subclasses of ExceptionGroup have attributes and a __dict__.
class EG(ExceptionGroup):
    pass

e = EG('m', [ValueError(1), TypeError(2)])
e.x = 1
print(repr(e), e, e.x, e.__dict__, type(e).__name__, e.message,
      e.exceptions)

class Tagged(ExceptionGroup):
    def __new__(cls, msg, excs, tag):
        self = super().__new__(cls, msg, excs)
        self.tag = tag
        return self

    def __init__(self, msg, excs, tag):
        super().__init__(msg, excs)

t = Tagged('grp', [KeyError('k')], 'T')
print(repr(t), t.tag, t.args)
for make in [lambda: EG('m', [ValueError()], x=1),
             lambda: ExceptionGroup('m', [ValueError()], x=1),
             lambda: EG('m', [KeyboardInterrupt()])]:
    try:
        make()
    except TypeError as exc:
        print('TypeError:', exc)
print(type(BaseExceptionGroup('b', [ValueError()])).__name__)
