import atexit
atexit.register(print, "bye")
x = 5
