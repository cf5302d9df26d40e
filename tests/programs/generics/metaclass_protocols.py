# a class whose metaclass defines special methods: iteration, len, `in`,
# repr and subscription of the class itself go through the metaclass
class Registry(type):
    def __iter__(cls):
        return iter(sorted(cls.members))
    def __len__(cls):
        return len(cls.members)
    def __contains__(cls, item):
        return item in cls.members
    def __getitem__(cls, key):
        return cls.members[key]
    def __repr__(cls):
        return f"<registry {cls.__name__}>"
    def __or__(cls, other):
        return (cls.__name__, other)

class Colors(metaclass=Registry):
    members = {"red": 1, "green": 2}

print(list(Colors), len(Colors), "red" in Colors, Colors["green"], repr(Colors))
a, b = Colors
print(a, b, Colors | 5, bool(Colors))
print(sorted(k for k in Colors.__dict__ if not k.startswith("__")))

class Ordered(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Ordered()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls

class Fields(metaclass=Meta):
    zeta = 1
    alpha = 2
    def method(self):
        pass
    zeta = 3
print(Fields.order, Fields.zeta)

sm = staticmethod(lambda x: x * 2)
print(sm(21), callable(sm))
print(list.append, dict.fromkeys is not None, None.__doc__)
