import os

p = "/tmp/fastpy_fin_open_write_then_read.txt"
open(p, "w").write("hello, world\n")
print(repr(open(p).read()))
os.remove(p)
