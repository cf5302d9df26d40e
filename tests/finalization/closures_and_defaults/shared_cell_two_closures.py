class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def make():
    obj = A("shared")

    def get():
        return obj.n

    def put(v):
        nonlocal obj
        obj = v
    return get, put


get, put = make()
print(get())
put(A("replacement"))
print(get())
del get
print("one closure left")
del put
print("end")
