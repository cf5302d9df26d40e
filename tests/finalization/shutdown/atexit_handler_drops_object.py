import atexit


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


registry = [A(1), A(2)]


def cleanup():
    print("cleanup start")
    registry.clear()
    print("cleanup end")


atexit.register(cleanup)
print("end of program")
