saved = None


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        global saved
        print("A.__del__", self.n)
        saved = self


a = A(1)
print("before del")
del a
print("after del, saved is", saved.n)
print("drop saved")
saved = None
print("after drop (no second __del__)")
