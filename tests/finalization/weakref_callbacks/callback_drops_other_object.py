import weakref


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


holder = {"x": A("held by callback's dict")}


def cb(ref):
    print("callback start")
    holder.clear()
    print("callback end")


target = A("target")
r = weakref.ref(target, cb)
print("before del")
del target
print("after del")
