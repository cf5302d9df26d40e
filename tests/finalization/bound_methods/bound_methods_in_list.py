class A:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def __del__(self):
        print("A.__del__", self.n)


callbacks = [A(i).get for i in range(3)]
print("calls", [c() for c in callbacks])
print("del callbacks[1]")
del callbacks[1]
print("rebind")
callbacks = None
print("end")
