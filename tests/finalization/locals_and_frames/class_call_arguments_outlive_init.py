# A class call does not hand its arguments to __init__: the caller
# keeps them until type.__call__ returns, so they outlive __init__'s
# own locals, and an argument __init__ rebinds or deletes stays alive.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


class Exact:
    def __init__(self, a, b):
        tmp = Noisy("exact's local")
        print("  in Exact.__init__")


class WithDefault:
    def __init__(self, a, b=None, *rest):
        tmp = Noisy("default's local")
        print("  in WithDefault.__init__, rest:", len(rest))


class Rebinds:
    def __init__(self, a):
        a = Noisy("rebound value")
        del a
        print("  in Rebinds.__init__")


class Keeps:
    def __init__(self, a):
        self.a = a


class Fails:
    def __init__(self, a):
        self.a = a
        raise ValueError("no")

    def __del__(self):
        print("  del the Fails instance")


print("exact arity")
Exact(Noisy("arg 1"), Noisy("arg 2"))
print("with a default")
WithDefault(Noisy("only arg"))
print("with extra arguments")
WithDefault(Noisy("x"), Noisy("y"), Noisy("z"))
print("rebinding the parameter")
Rebinds(Noisy("original"))
print("kept by the instance")
k = Keeps(Noisy("kept"))
print("instance dropped")
del k
print("__init__ raises")
try:
    Fails(Noisy("failed arg"))
except ValueError as e:
    print("  caught", e)
print("in a loop")
for i in range(2):
    Exact(Noisy("loop a%d" % i), Noisy("loop b%d" % i))
print("end")
