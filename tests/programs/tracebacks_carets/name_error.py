# A missing name marks just the name.
def area(width, height):
    return width * scale_factor


print(area(2, 3))
