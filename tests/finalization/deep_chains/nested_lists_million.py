# translated only: a deep chain for the C stack, minutes untranslated
x = None
for i in range(1000000):
    x = [x]
print("built")
del x
print("released")
