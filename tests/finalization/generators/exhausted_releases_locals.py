class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def gen():
    a = A(1)
    yield 1
    print("gen returning")


g = gen()
for v in g:
    print("got", v)
print("loop done, g still bound")
del g
print("end")
