def make_scaler(k):
    def scale(x):
        return x * k
    return scale

s = make_scaler(3)
total = 0
for i in range(1000):
    total += s(i)
print(total)
