print("a", "b", sep="-")
print("x", end="")
print("y", end="\n")
print("p", "q", sep="", end="!\n")
print(sep=",")
print(None, 1, [2], sep=None, end=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("to", "file", file=w, sep="+")
print(w.parts)
print("flush", flush=True)
try:
    print(sep=1)
except TypeError as e:
    print(e)
try:
    print(bad=1)
except TypeError as e:
    print(e)
