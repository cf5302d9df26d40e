import weakref


class A:
    def __init__(self):
        self.x = 5

    def hello(self):
        return "hello %d" % self.x


a = A()
p = weakref.proxy(a, lambda pr: print("proxy callback"))
print(p.x, p.hello())
p.x = 6
print(a.x)
print("before del")
del a
print("after del")
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
