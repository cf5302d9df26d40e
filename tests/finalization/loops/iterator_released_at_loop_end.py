class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i

    def __del__(self):
        print("It.__del__")


for v in It():
    print("body", v)
print("after loop")
for v in It():
    print("break at", v)
    break
print("after loop with break")
