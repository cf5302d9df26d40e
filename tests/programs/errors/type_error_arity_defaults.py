def area(w, h=1):
    return w * h

print(area(3), area(3, 4), area(h=2, w=5))
print(area(1, 2, 3))
