def area(w, h=2, scale=1):
    return w * h * scale

total = 0
for i in range(1000):
    total += area(i, scale=3) + area(w=i, h=1)
print(total)
