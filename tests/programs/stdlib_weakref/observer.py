import weakref
class Event:
    def __init__(self): self._subs = weakref.WeakSet()
    def subscribe(self, obj): self._subs.add(obj)
    def fire(self, msg):
        for s in sorted(self._subs, key=lambda s: s.name):
            s.notify(msg)
class Listener:
    def __init__(self, name): self.name = name
    def notify(self, msg): print(self.name, 'got', msg)
ev = Event()
a, b = Listener('a'), Listener('b')
ev.subscribe(a); ev.subscribe(b)
ev.fire(1)
del a
ev.fire(2)
class Node:
    def __init__(self, val, parent=None):
        self.val = val
        self._parent = weakref.ref(parent) if parent else None
        self.children = []
    @property
    def parent(self): return self._parent() if self._parent else None
root = Node('root'); kid = Node('kid', root); root.children.append(kid)
print(kid.parent.val, root.parent)
r = weakref.ref(root); print(r is weakref.ref(root), r == weakref.ref(root), hash(r) == hash(root))
del root
print(kid.parent, r())
class Big:
    instances = weakref.WeakValueDictionary()
    def __init__(self, key): Big.instances[key] = self
x, y = Big('x'), Big('y')
print(sorted(Big.instances))
del x
print(sorted(Big.instances), len(Big.instances))
fins = []
class R: pass
o = R(); weakref.finalize(o, fins.append, 'done'); del o; print(fins)
o2 = R(); f = weakref.finalize(o2, fins.append, 'called early'); print(f(), f.alive, f()); del o2; print(fins)
