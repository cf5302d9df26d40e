import weakref


class C:
    def m(self):
        pass


def f():
    pass


for label, obj in [("instance", C()), ("class", C), ("function", f),
                   ("method func", C.m), ("set", {1, 2}),
                   ("frozenset", frozenset([1])),
                   ("bound method", C().m)]:
    r = weakref.ref(obj)
    print(label, "ok", r() is obj)

for label, obj in [("int", 1), ("str", "s"), ("tuple", (1, 2)),
                   ("list", [1]), ("dict", {}), ("None", None)]:
    try:
        weakref.ref(obj)
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)
