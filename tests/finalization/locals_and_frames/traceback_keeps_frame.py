class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def fail():
    local = A("in failing frame")
    raise ValueError("boom")


try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print("handled")
print("after except, traceback still held")
del tb
print("after del tb")
