# An exception caught in a frame and returned from it keeps that frame's
# locals alive through its traceback (tb_frame) until the exception dies.
class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def catch_and_return():
    a = A('local of the catching frame')
    try:
        raise ValueError('kept')
    except ValueError as e:
        return e


err = catch_and_return()
print('returned', err)
del err
print('end')
