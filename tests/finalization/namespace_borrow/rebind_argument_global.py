# A global passed as an argument, then rebound by the callee: the callee's
# parameter keeps the object alive until it is rebound or the call ends.

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)


obj = Noisy("first")

def use(x):
    global obj
    obj = Noisy("second")
    print("callee still has", x.name)
    x = None
    print("parameter rebound")

use(obj)
print("after use")


def keep(x):
    global obj
    obj = None
    print("keeping", x.name)
    return x

kept = keep(obj)
print("kept", kept.name)
del kept
print("after del kept")


def nested(x):
    inner(x)
    print("nested done with", x.name)

def inner(y):
    global obj
    obj = None
    print("inner sees", y.name)

obj = Noisy("third")
nested(obj)
print("end")
