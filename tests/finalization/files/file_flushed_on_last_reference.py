import os

p = "/tmp/fastpy_fin_file_flushed_on_last_reference.txt"
f = open(p, "w")
f.write("data")
g = f
del f
print("after del f:", repr(open(p).read()))
del g
print("after del g:", repr(open(p).read()))
os.remove(p)
