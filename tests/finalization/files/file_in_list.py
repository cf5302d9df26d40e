import os

paths = ["/tmp/fastpy_fin_file_in_list_%d.txt" % i for i in range(3)]
files = [open(q, "w") for q in paths]
for i, f in enumerate(files):
    f.write("file %d" % i)
print([open(q).read() for q in paths])
files.clear()
print([open(q).read() for q in paths])
for q in paths:
    os.remove(q)
