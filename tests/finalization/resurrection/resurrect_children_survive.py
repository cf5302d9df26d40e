saved = []


class Child:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("Child.__del__", self.n)


class Parent:
    def __init__(self):
        self.child = Child(1)

    def __del__(self):
        print("Parent.__del__")
        saved.append(self)


p = Parent()
print("del p")
del p
print("child still there:", saved[0].child.n)
print("clear saved")
saved.pop()
print("end")
