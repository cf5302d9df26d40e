import os

p = "/tmp/fastpy_fin_binary_file_temporary.bin"
open(p, "wb").write(bytes(range(10)))
print(list(open(p, "rb").read()))
open(p, "ab").write(b"\xff")
print(len(open(p, "rb").read()))
os.remove(p)
