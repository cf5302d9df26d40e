import atexit


def handler(n):
    print("handler", n)


atexit.register(handler, 1)
atexit.register(handler, 2)
atexit.register(print, "print handler")
atexit.unregister(print)
print("end of program")
