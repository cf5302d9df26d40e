# A user class with __len__ and __getitem__ is neither a sequence nor a
# mapping for patterns unless it derives from list, tuple or dict.
class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i

    def keys(self):
        return [0, 1]

    def get(self, key, default=None):
        return key

class TupleChild(tuple):
    pass

class DictChild(dict):
    pass

def f(x):
    match x:
        case [a, b]:
            return "sequence %r %r" % (a, b)
        case {0: v}:
            return "mapping %r" % (v,)
    return "neither"

print(f(Seq()))
print(f(TupleChild((1, 2))))
print(f(DictChild({0: "zero"})))
