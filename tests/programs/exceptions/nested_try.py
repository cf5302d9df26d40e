def f(a):
    try:
        try:
            return 10 // a
        except ZeroDivisionError:
            print('inner handler')
            raise
        finally:
            print('inner finally')
    except ArithmeticError as e:
        print('outer handler:', e)
        return -1
    finally:
        print('outer finally')
print(f(2))
print(f(0))
