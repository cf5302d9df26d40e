import os

p = "/tmp/fastpy_fin_file_rebind.txt"
f = open(p, "w")
f.write("first")
f = None
print(repr(open(p).read()))
f = open(p, "a")
f.write(" second")
f = open(p, "a")
print(repr(open(p).read()))
f.write(" third")
del f
print(repr(open(p).read()))
os.remove(p)
