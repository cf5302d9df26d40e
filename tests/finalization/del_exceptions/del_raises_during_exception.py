class A:
    def __del__(self):
        print("A.__del__ raising")
        raise LookupError("from __del__")


def f():
    a = A()
    raise OSError("real error")


try:
    f()
except OSError as e:
    print("caught", repr(e))
print("end")
