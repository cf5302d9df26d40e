# Weak references to members of reference cycles, cleared by gc.collect():
# WeakValueDictionary entries go, weakref.finalize runs, a weak reference
# that is itself part of the garbage calls no callback, and a member's
# callbacks run before its __del__.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


class Noisy(Node):
    def __del__(self):
        print("__del__", self.name)


gc.disable()

registry = weakref.WeakValueDictionary()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
registry["a"] = a
registry["b"] = b
del a, b
print("before collect:", sorted(registry.keys()))
gc.collect()
print("after collect:", sorted(registry.keys()))

c = Node("c")
c.other = c
fin = weakref.finalize(c, print, "finalize callback for", "c")
del c
print("finalizer alive before collect:", fin.alive)
gc.collect()
print("finalizer alive after collect:", fin.alive)

d = Node("d")
d.other = d
d.ref = weakref.ref(d, lambda r: print("callback of a ref inside the garbage"))
del d
gc.collect()
print("self-held ref: collected without its callback")

e = Noisy("e")
e.other = e
keep = weakref.ref(e, lambda r: print("callback for e, referent is", r()))
del e
gc.collect()
print("after collecting e:", keep())
