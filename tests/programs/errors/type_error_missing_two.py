def area(w, h, d=1):
    return w * h * d
print(area())
