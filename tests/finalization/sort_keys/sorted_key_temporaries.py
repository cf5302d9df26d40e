class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __del__(self):
        print("Key.__del__", self.v)


print("sorting")
r = sorted(["bb", "a", "ccc"], key=lambda s: Key(len(s)), reverse=True)
print("sorted", r)
