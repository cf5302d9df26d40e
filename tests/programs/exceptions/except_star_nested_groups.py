eg = ExceptionGroup('outer', [ValueError(1),
                              ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
try:
    raise eg
except* TypeError as t:
    print('t:', repr(t))
except* ValueError as v:
    print('v:', repr(v))
