class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __del__(self):
        print("Key.__del__", self.v)


lst = [3, 1, 2]
print("sorting")
lst.sort(key=Key)
print("sorted", lst)
