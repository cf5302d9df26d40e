x = []
for i in range(5000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print(e)
print(len(repr([[1]] * 3)))
del x
print("freed")
