# A generator suspended while a global's value sits on its stack (an
# unfinished call's function and arguments): rebinding the global does not
# free the value while the generator still needs it.

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def __call__(self, *args):
        return "%s called with %r" % (self.name, args)


func = Noisy("callable global")
arg = Noisy("argument global")

def gen():
    result = func(arg.name, (yield "first"))
    yield result

g = gen()
print(next(g))
func = None
arg = None
print("globals rebound")
print(g.send("sent"))
print("before close")
g.close()
del g
print("end")
