class CM:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print("enter", self.n)
        return self

    def __exit__(self, *exc):
        print("exit", self.n)

    def __del__(self):
        print("CM.__del__", self.n)


with CM(1):
    print("body 1")
print("after with 1")
with CM(2) as c:
    print("body 2")
print("after with 2")
del c
print("end")
