import atexit
import os

p = "/tmp/fastpy_fin_file_flushed_at_exit.txt"


def check():
    # atexit handlers run before module teardown: the global file object
    # is still open and its content still buffered
    print("at exit:", repr(open(p).read()))


f = open(p, "w")
f.write("buffered")
atexit.register(os.remove, p)
atexit.register(check)
print("end of program")
