def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return 'zero'
    except ArithmeticError:
        return 'arith'
    except LookupError:
        return 'lookup'
    except Exception:
        return 'other'
print(classify(ZeroDivisionError()), classify(OverflowError()),
      classify(KeyError()), classify(IndexError()), classify(ValueError()))
