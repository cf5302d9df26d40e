def attempt(msg, excs):
    try:
        ExceptionGroup(msg, excs)
    except (TypeError, ValueError) as e:
        print(type(e), e)
attempt('m', [])
attempt('m', [1])
attempt(1, [ValueError()])
attempt('m', 5)
attempt('m', [KeyboardInterrupt()])
try:
    ExceptionGroup('m')
except TypeError as e:
    print(e)
