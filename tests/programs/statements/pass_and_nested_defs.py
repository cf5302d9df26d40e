def nothing():
    pass
print(nothing())
def outer(n):
    def square(x):
        return x * x
    return square(n) + 1
print(outer(5))
if True:
    pass
for i in range(2):
    pass
print(i)
