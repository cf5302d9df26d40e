# translated only: a deep chain for the C stack, minutes untranslated
d = {}
for i in range(200000):
    d = {"child": d}
print("built")
d = None
print("released")
