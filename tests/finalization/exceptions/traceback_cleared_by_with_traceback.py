class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def fail():
    local = A("frame local")
    raise KeyError("k")


saved = []
try:
    fail()
except KeyError as e:
    saved.append(e)
print("exception saved with its traceback")
saved[0].with_traceback(None)
print("traceback removed")
saved.clear()
print("end")
