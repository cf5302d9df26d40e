# Augmented assignments to an attribute or an item evaluate their target
# object once and use it twice (`x.n += v` reads and writes x.n).  When
# the right-hand side rebinds the local (a walrus), the old object must
# live until the statement has written to it, then die at once.


class Box:
    def __init__(self, name):
        self.name = name
        self.n = 0
        self.items = [0, 0]

    def __del__(self):
        print('del', self.name, self.n, self.items)


def attribute():
    b = Box('attr')
    b.n += (b := Box('attr-new')).n + 5
    print('after attribute statement')
    return b


def item():
    b = Box('item')
    items = b.items
    del b
    box = Box('holder')
    box.items = items
    box.items[1] += (box := None) or 7
    print('after item statement', items)


def chained():
    b = Box('cmp')
    # the middle operand is copied, then its local is rebound
    ok = b is b is not (b := None)
    print('after chained compare', ok, b)


def plain_duplicates():
    b = Box('dup')
    for i in range(3):
        b.n += i
        b.items[0] += i
    print('loop done')


kept = attribute()
print('kept', kept.name)
del kept
item()
chained()
plain_duplicates()
print('end')
