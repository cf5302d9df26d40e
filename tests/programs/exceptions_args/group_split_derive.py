# BaseExceptionGroup.split(), subgroup() and derive(), and except* with a
# subclass that overrides derive().
eg = ExceptionGroup('top', [ValueError(1), TypeError(2),
                            ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
eg.add_note('a note')
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__)
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError), eg.split((ValueError, TypeError, KeyError))[1])
print(eg.split(ExceptionGroup)[0] is eg, eg.subgroup(lambda e: True) is eg)
print(repr(eg.derive([OSError(5)])), type(eg.derive([KeyboardInterrupt()])).__name__)
for bad in [5, (ValueError, 5), int]:
    try:
        eg.split(bad)
    except TypeError as exc:
        print('TypeError:', exc)

class Tagged(ExceptionGroup):
    def __new__(cls, msg, excs, tag):
        self = super().__new__(cls, msg, excs)
        self.tag = tag
        return self

    def __init__(self, msg, excs, tag):
        super().__init__(msg, excs)

    def derive(self, excs):
        return Tagged(self.message, excs, self.tag)

t = Tagged('grp', [KeyError('k'), ValueError('v')], 'T')
m, r = t.split(KeyError)
print(type(m).__name__, m.tag, repr(m.exceptions), type(r).__name__, r.tag)
try:
    raise Tagged('grp', [KeyError('k')], 'Y')
except* KeyError as caught:
    print('caught', repr(caught.exceptions), type(caught).__name__, caught.tag)
try:
    raise Tagged('grp', [KeyError('k'), OSError('o')], 'Z')
except* KeyError as caught:
    print('caught', repr(caught.exceptions), type(caught).__name__, caught.tag)
except* OSError as caught:
    print('caught', repr(caught.exceptions), type(caught).__name__, caught.tag)

class Plain(ExceptionGroup):
    pass

m, r = Plain('p', [ValueError(1), KeyError(2)]).split(ValueError)
print(type(m).__name__, type(r).__name__)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5

try:
    BadDerive('b', [ValueError(1), KeyError(2)]).split(ValueError)
except TypeError as exc:
    print('TypeError:', exc)
