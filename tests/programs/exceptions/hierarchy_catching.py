def caught_by(exc, cls):
    try:
        raise exc
    except cls:
        return True
    except BaseException:
        return False
print(caught_by(ZeroDivisionError(), ArithmeticError))
print(caught_by(FileNotFoundError(), OSError))
print(caught_by(BrokenPipeError(), ConnectionError))
print(caught_by(KeyboardInterrupt(), Exception))
print(caught_by(SystemExit(), Exception))
print(caught_by(GeneratorExit(), BaseException))
print(caught_by(UnicodeDecodeError('utf-8', b'', 0, 1, 'x'), ValueError))
print(caught_by(DeprecationWarning(), Warning))
print(caught_by(UserWarning(), Exception))
print(caught_by(RecursionError(), RuntimeError))
print(caught_by(TabError(), SyntaxError))
print(caught_by(ExceptionGroup('g', [ValueError()]), Exception))
print(caught_by(ExceptionGroup('g', [ValueError()]), BaseExceptionGroup))
print(caught_by(ModuleNotFoundError(), ImportError))
print(caught_by(UnboundLocalError(), NameError))
print(caught_by(TimeoutError(), OSError))
