log = []
counter = 0


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        global counter
        counter += 1
        log.append("del %d" % self.n)


for i in range(3):
    a = A(i)
a = None
print(counter, log)
