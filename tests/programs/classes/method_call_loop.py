class Acc:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x
        return self

a = Acc()
for i in range(1000):
    a.add(i)
print(a.total)
