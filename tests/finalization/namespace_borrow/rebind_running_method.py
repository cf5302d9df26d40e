# A method deleted or replaced on its class while it runs: the call keeps
# the function alive until it returns.

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)


class C:
    def replaced(self, n):
        C.replaced = lambda self, n: n
        print("replaced while running", n)
        return n + 1

    def deleted(self):
        del C.deleted
        print("deleted while running", hasattr(C, "deleted"))
        return "ok"

    def through_setattr(self, other):
        setattr(type(self), "through_setattr", None)
        print("through setattr, other is", other.name)


C.replaced.tag = Noisy("replaced's attribute")
C.deleted.tag = Noisy("deleted's attribute")
C.through_setattr.tag = Noisy("through_setattr's attribute")

c = C()
print("result", c.replaced(1))
print("after replaced")
print("result", c.deleted())
print("after deleted")
c.through_setattr(Noisy("argument"))
print("after through_setattr")


class Base:
    def hook(self):
        del Base.hook
        return "base hook ran"

Base.hook.tag = Noisy("Base.hook's attribute")

class Derived(Base):
    pass

print(Derived().hook())
print("end")
