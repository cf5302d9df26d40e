# A global rebound many times: each old value dies at its rebinding,
# including when the rebinding happens inside calls that borrowed it.

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)


current = Noisy("v0")

def step(i, value):
    global current
    current = Noisy("v%d" % (i + 1))
    print("step", i, "had", value.name)

for i in range(5):
    step(i, current)
    print("loop", i, "current", current.name)

def show():
    return current.name

for i in range(3):
    current = Noisy("w%d" % i)
    print(show())
print("end")
