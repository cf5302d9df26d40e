class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


i = 0
cur = None
while i < 3:
    prev = cur
    cur = A(i)
    print("step", i)
    i += 1
print("loop done")
del prev
print("del prev")
del cur
print("end")
