class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(repr(key), 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[repr(key)] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[repr(key)]

g = Grid()
g[1, 2] = 5
print(g[1, 2])
g[0:3] = 'x'
print(g[0:3])
g[1, 2] += 1
print(g[1, 2])
del g[1, 2]
print(g[1, 2])

class RO:
    pass
for stmt in ["RO()[0]", "RO()[0] = 1", "del RO()[0]"]:
    try:
        exec(stmt)
    except TypeError as e:
        print("TypeError:", e)
