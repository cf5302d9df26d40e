# translated only: a deep chain for the C stack, minutes untranslated
class Tail:
    def __del__(self):
        print("Tail.__del__")


t = (Tail(),)
for i in range(1000000):
    t = (t, i)
print("built")
del t
print("released")
