import atexit


def bad():
    print("bad handler")
    raise ValueError("in atexit")


def good():
    print("good handler")


atexit.register(good)
atexit.register(bad)
print("end of program")
