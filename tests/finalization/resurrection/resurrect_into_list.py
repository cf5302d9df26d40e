survivors = []


class A:
    def __init__(self, n):
        self.n = n
        self.kept = [n, n * 10]

    def __del__(self):
        print("A.__del__", self.n)
        survivors.append(self)


for i in range(3):
    A(i)
    print("created and dropped", i)
print("survivors", [s.n for s in survivors])
print("their attributes", [s.kept for s in survivors])
survivors.clear()
print("cleared")
