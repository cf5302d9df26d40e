class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __gt__(self, other):
        return self.v > other.v

    def __del__(self):
        print("Key.__del__", self.v)


print("min:", min([5, 2, 8], key=Key))
print("max:", max([5, 2, 8], key=Key))
