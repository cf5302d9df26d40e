import atexit


class A:
    def __del__(self):
        print("A.__del__")


def first():
    print("atexit first registered")


def second(arg):
    print("atexit second registered", arg)


keep = A()
atexit.register(first)
atexit.register(second, "x")
print("end of program")
