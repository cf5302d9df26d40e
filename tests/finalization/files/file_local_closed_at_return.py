import os

p = "/tmp/fastpy_fin_file_local_closed_at_return.txt"


def write(text):
    f = open(p, "w")
    f.write(text)
    print("wrote, returning")


write("abc" * 3)
with open(p) as g:
    print(repr(g.read()))
os.remove(p)
