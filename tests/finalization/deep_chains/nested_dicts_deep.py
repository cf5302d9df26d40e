d = {}
for i in range(200000):
    d = {"child": d}
print("built")
d = None
print("released")
